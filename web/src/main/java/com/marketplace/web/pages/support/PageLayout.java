package com.marketplace.web.pages.support;

import com.marketplace.platform.alerts.application.AlertQueries;
import com.marketplace.platform.alerts.domain.Alert;
import com.marketplace.platform.cart.application.Carts;
import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.kernel.config.MarketplaceMode;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.payouts.application.SellerMoney;
import com.marketplace.platform.payouts.domain.Payout;
import com.marketplace.web.pages.cart.CartHolders;
import com.marketplace.web.security.CsrfTokens;
import com.marketplace.web.views.LayoutView;
import com.marketplace.web.views.Views;
import gg.jte.Content;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/**
 * The frame around every page: the sandbox banner, the open alerts for admins, the failed-payout
 * banner for a seller, navigation for who
 * is signed in, a one-time message, and the page's own content. Styles come from {@code /static/site.css} only: the
 * content security policy allows no inline style or script.
 */
@ApplicationScoped
public class PageLayout {

    @Inject
    MarketplaceConfig config;

    @Inject
    AlertQueries alerts;

    @Inject
    SellerMoney money;

    @Inject
    Carts carts;

    @Inject
    CartHolders cartHolders;

    public String render(HttpServletRequest request, Caller caller, String title, String content) {
        return render(request, caller, title, output -> output.writeContent(content));
    }

    /** The page: {@code content} (usually a page template, rendered straight into the output) inside the frame. */
    public String render(HttpServletRequest request, Caller caller, String title, Content content) {
        LayoutView frame = new LayoutView(title, config.mode() == MarketplaceMode.SANDBOX, Navigation.of(caller, cartItems(request, caller)),
                caller.isAnonymous() ? Optional.empty() : Optional.of(CsrfTokens.tokenFor(request)), Flash.take(request),
                caller.isAdmin() ? alerts.open().stream().map(Alert::detail).toList() : List.of(),
                caller.seller().flatMap(seller -> money.failedPayoutBanner(seller)).map(PageLayout::payoutWarning));
        return Views.page(frame, content);
    }

    // What Stripe said, and that payouts wait for the bank account: the banner's whole message.
    private static String payoutWarning(Payout payout) {
        String reason = payout.stripe().failureMessage().or(() -> payout.stripe().failureCode()).orElse("the bank refused it");
        return "Stripe says: " + reason + " Payouts are paused until your bank account is fixed.";
    }

    private int cartItems(HttpServletRequest request, Caller caller) {
        return caller.isAnonymous() || caller.isBuyer() ? carts.count(cartHolders.of(request, caller)) : 0;
    }
}
