package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.ConnectedAccounts.NewAccount;
import com.marketplace.onboarding.domain.ConnectedAccounts;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.StripeAccountId;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Gives a seller their connected account, exactly one. The creation's idempotency key was fixed
 * when the seller was stored ({@code seller.accountRequestKey()}), so a crash after Stripe created
 * the account but before it was attached is healed by the next call: Stripe answers the same key
 * with the same account (within its 24-hour idempotency window), and the attach is conditional.
 */
@ApplicationScoped
public class AccountProvisioning {

    private SellerQueries queries;
    private SellerStore store;
    private ConnectedAccounts accounts;

    protected AccountProvisioning() {
        // for CDI proxies
    }

    @Inject
    public AccountProvisioning(SellerQueries queries, SellerStore store, ConnectedAccounts accounts) {
        this.queries = queries;
        this.store = store;
        this.accounts = accounts;
    }

    public StripeAccountId ensureAccount(SellerId id) {
        Seller seller = queries.seller(id);
        if (seller.stripeAccountId().isPresent()) {
            return seller.stripeAccountId().get();
        }
        StripeAccountId created = accounts.create(new NewAccount(seller.accountType(), seller.country(), seller.email(),
                seller.defaultCurrency(), seller.displayName(), id.value()), "connected-account-" + seller.accountRequestKey());
        if (store.attachAccount(id, created)) {
            return created;
        }
        return queries.seller(id).stripeAccountId().orElseThrow();
    }
}
