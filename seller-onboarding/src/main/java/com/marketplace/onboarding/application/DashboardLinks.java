package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.AccountType;
import com.marketplace.onboarding.domain.ConnectedAccounts;
import com.marketplace.onboarding.domain.OnboardingIncomplete;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.UUID;

/**
 * Where a seller manages payouts and their account with Stripe: Express sellers get a single-use
 * login link into the Express dashboard (once they have submitted their details: Stripe has no
 * dashboard for them before); Standard sellers own a full Stripe account and are sent to it.
 */
@ApplicationScoped
public class DashboardLinks {

    static final URI STRIPE_DASHBOARD = URI.create("https://dashboard.stripe.com/");

    private SellerQueries queries;
    private ConnectedAccounts accounts;

    protected DashboardLinks() {
        // for CDI proxies
    }

    @Inject
    public DashboardLinks(SellerQueries queries, ConnectedAccounts accounts) {
        this.queries = queries;
        this.accounts = accounts;
    }

    public DashboardLink create(SellerId id) {
        Seller seller = queries.seller(id);
        if (seller.accountType() == AccountType.STANDARD) {
            return new DashboardLink(DashboardLink.Kind.STRIPE_DASHBOARD, STRIPE_DASHBOARD,
                    "Your account is a Standard Stripe account: sign in to your own Stripe Dashboard to manage it.");
        }
        if (seller.stripeAccountId().isEmpty() || !seller.detailsSubmitted()) {
            throw new OnboardingIncomplete();
        }
        URI url = accounts.expressDashboardLink(seller.stripeAccountId().get(), "login-link-" + id + "-" + UUID.randomUUID()).url();
        return new DashboardLink(DashboardLink.Kind.EXPRESS_LOGIN_LINK, url, "A single-use link into your Express dashboard.");
    }

    public record DashboardLink(Kind kind, URI url, String message) {
        public enum Kind { EXPRESS_LOGIN_LINK, STRIPE_DASHBOARD }
    }
}
