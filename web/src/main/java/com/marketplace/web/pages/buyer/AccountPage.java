package com.marketplace.web.pages.buyer;

import com.marketplace.platform.buyers.application.BuyerAccount;
import com.marketplace.platform.buyers.application.BuyerAccounts;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.subscriptions.application.SubscriptionSummary;
import com.marketplace.platform.subscriptions.application.Subscriptions;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.pages.support.PageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in buyer's account: their subscriptions and their purchases, newest first (the lists
 * behind {@code GET /api/buyers/me} and {@code GET /api/subscriptions/{id}}), each subscription linking to its page. Visitors sign in first; sellers and admins have no buyer account (403).
 */
@WebServlet("/account")
public class AccountPage extends PageServlet {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Inject
    BuyerAccounts accounts;

    @Inject
    Subscriptions subscriptions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = caller();
        Optional<BuyerId> buyer = caller.buyer();
        if (buyer.isEmpty()) {
            if (caller.isAnonymous()) {
                response.sendRedirect("/login?next=" + URLEncoder.encode("/account", StandardCharsets.UTF_8));
            } else {
                problem(request, response, HttpServletResponse.SC_FORBIDDEN, "This page is for buyers; you are signed in as a seller or an admin.");
            }
            return;
        }
        BuyerAccount account = accounts.of(buyer.get());
        render(request, response, "Your account", "buyer/account.jte", new AccountView(account.buyer().name(), account.buyer().email(),
                subscriptions.ofBuyer(buyer.get()).stream().map(AccountPage::row).toList(),
                account.purchases().stream().map(AccountPage::row).toList()));
    }

    static AccountView.Purchase row(Order order) {
        return new AccountView.Purchase(order.id().value(), WHEN.format(order.createdAt()), order.productName(), order.quantity(),
                money(order.total()), order.status().name(),
                order.refunded().minorUnits() > 0 ? Optional.of(money(order.refunded())) : Optional.empty());
    }

    static AccountView.SubscriptionRow row(SubscriptionSummary subscription) {
        return new AccountView.SubscriptionRow(subscription.id().value(), subscription.planName(), subscription.sellerName(),
                SubscriptionPage.price(subscription), subscription.status(), SubscriptionText.status(subscription.status()),
                SubscriptionText.when(subscription.status(), subscription.cancelAtPeriodEnd(), subscription.trialEnd(),
                        subscription.currentPeriodEnd(), subscription.endedAt()),
                "past_due".equals(subscription.status()));
    }

    private static String money(Money amount) {
        return MoneyText.format(amount.minorUnits(), amount.currency().value());
    }
}
