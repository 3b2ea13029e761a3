package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.AccountType;
import com.marketplace.onboarding.domain.AccountUsage;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.SellerRepository;
import com.marketplace.onboarding.domain.StripeAccountId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.sellers.ChargeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The short transactions around Stripe calls: a seller is stored before their account is asked
 * for, and the account attached after, so no transaction stays open while Stripe answers.
 */
@ApplicationScoped
public class SellerStore {

    private SellerRepository sellers;
    private AccountUsage usage;

    protected SellerStore() {
        // for CDI proxies
    }

    @Inject
    public SellerStore(SellerRepository sellers, AccountUsage usage) {
        this.sellers = sellers;
        this.usage = usage;
    }

    @Transactional
    public Seller add(Seller seller) {
        return sellers.add(seller);
    }

    /** Attaches the account unless one is attached already; false means another request did it first. */
    @Transactional
    public boolean attachAccount(SellerId seller, StripeAccountId account) {
        return sellers.attachAccount(seller, account);
    }

    /** Changes how the seller's future sales are charged; throws {@link SellerQueries#notFound} for an unknown seller. */
    @Transactional
    public Seller changeChargeType(SellerId id, ChargeType chargeType, Instant now) {
        Seller seller = sellers.find(id).orElseThrow(() -> SellerQueries.notFound(id));
        seller.changeChargeType(chargeType, now);
        return seller;
    }

    /**
     * The admin's switch of account type, decided by the seller under the row's lock (an
     * {@code account.updated} projection of the same seller waits, or is waited for) and written
     * with the row's version: a concurrent change makes it fail rather than be overwritten.
     *
     * @return whether the type changed
     */
    @Transactional
    public boolean switchAccountType(SellerId id, AccountType accountType, Instant now) {
        Seller seller = sellers.lock(id).orElseThrow(() -> SellerQueries.notFound(id));
        return seller.switchAccountType(accountType, usage.moneyRecorded(id), now);
    }
}
