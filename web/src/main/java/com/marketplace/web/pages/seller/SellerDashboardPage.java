package com.marketplace.web.pages.seller;

import com.marketplace.onboarding.application.SellerQueries;
import com.marketplace.onboarding.domain.AccountType;
import com.marketplace.onboarding.domain.RequirementWording;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.platform.sellers.OnboardingStatus;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.payouts.application.SellerMoney;
import com.marketplace.platform.payouts.domain.Balance;
import com.marketplace.platform.payouts.domain.PayoutGatewayFailure;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.security.CsrfTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A seller's home: where they stand with Stripe, in the same words the API and the onboarding
 * return page use, what Stripe still asks of them, the ways into Stripe's hosted pages, and their
 * Stripe balance per currency.
 */
@WebServlet("/seller")
public class SellerDashboardPage extends PageServlet {

    private static final DateTimeFormatter DUE_BY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Inject
    SellerQueries sellers;

    @Inject
    SellerMoney money;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SellerId> signedIn = requireSeller(request, response);
        if (signedIn.isEmpty()) {
            return;
        }
        Seller seller = sellers.seller(signedIn.get());
        render(request, response, "Seller dashboard", "seller/dashboard.jte", view(seller, CsrfTokens.tokenFor(request), balance(seller)));
    }

    // The balance is Stripe's, read on each visit (kept briefly by SellerMoney); Stripe being away
    // must not take the dashboard with it, so the page then says the balance is unavailable.
    private Optional<BalanceView> balance(Seller seller) {
        if (seller.stripeAccountId().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(balanceView(money.balance(seller.id(), caller())));
        } catch (PayoutGatewayFailure unavailable) {
            return Optional.of(new BalanceView(List.of(), true));
        }
    }

    /** One line per currency found in either list, in Stripe's order, a missing side shown as zero. */
    static BalanceView balanceView(Balance balance) {
        Map<String, long[]> byCurrency = new LinkedHashMap<>();
        balance.available().forEach(amount -> byCurrency.computeIfAbsent(amount.currency(), currency -> new long[2])[0] += amount.amount());
        balance.pending().forEach(amount -> byCurrency.computeIfAbsent(amount.currency(), currency -> new long[2])[1] += amount.amount());
        return new BalanceView(byCurrency.entrySet().stream().map(entry -> new BalanceView.Line(entry.getKey().toUpperCase(Locale.ROOT),
                MoneyText.format(entry.getValue()[0], entry.getKey()), MoneyText.format(entry.getValue()[1], entry.getKey()))).toList(), false);
    }

    static DashboardView view(Seller seller, String csrfToken) {
        return view(seller, csrfToken, Optional.empty());
    }

    static DashboardView view(Seller seller, String csrfToken, Optional<BalanceView> balance) {
        OnboardingStatus status = seller.status();
        return new DashboardView(csrfToken, seller.displayName(), status.name(), RequirementWording.status(status),
                seller.disabledReason().filter(reason -> status != OnboardingStatus.ACTIVE).map(RequirementWording::disabledReason),
                RequirementWording.toDo(Stream.concat(seller.pastDue().stream(), seller.currentlyDue().stream()).toList()),
                // A rejected account cannot be onboarded again; only PENDING and RESTRICTED sellers have something left to give Stripe.
                status == OnboardingStatus.PENDING || status == OnboardingStatus.RESTRICTED,
                // Stripe has no Express dashboard before the details are submitted (DashboardLinks says so with a 409).
                seller.detailsSubmitted() || seller.accountType() == AccountType.STANDARD,
                seller.pauseReason(),
                // The deadline matters only while something is due.
                seller.currentDeadline().filter(deadline -> !seller.currentlyDue().isEmpty()).map(DUE_BY::format),
                balance);
    }
}
