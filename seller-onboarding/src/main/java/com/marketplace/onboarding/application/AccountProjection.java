package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.ConnectedAccounts;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.SellerListings;
import com.marketplace.onboarding.domain.SellerRepository;
import com.marketplace.onboarding.domain.StripeAccountId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.sellers.OnboardingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Keeps a seller's onboarding state true to Stripe. The seller row is locked first, then the
 * account is fetched, then projected: two updates for one seller (two workers, or a worker and a
 * seller returning from onboarding) run one after the other, and the later always fetches the
 * later state, so an older answer can never be written over a newer one. Runs in the caller's
 * transaction (the webhook worker's) or in its own.
 */
@ApplicationScoped
public class AccountProjection {

    private static final Logger LOG = Logger.getLogger(AccountProjection.class.getName());

    private SellerRepository sellers;
    private ConnectedAccounts accounts;
    private SellerListings listings;
    private SellerNotices notices;
    private Clock clock;

    protected AccountProjection() {
        // for CDI proxies
    }

    @Inject
    public AccountProjection(SellerRepository sellers, ConnectedAccounts accounts, SellerListings listings, SellerNotices notices) {
        this(sellers, accounts, listings, notices, Clock.systemUTC());
    }

    /** Without mail (tests of the projection alone). */
    public AccountProjection(SellerRepository sellers, ConnectedAccounts accounts, SellerListings listings, Clock clock) {
        this(sellers, accounts, listings, null, clock);
    }

    public AccountProjection(SellerRepository sellers, ConnectedAccounts accounts, SellerListings listings, SellerNotices notices,
                             Clock clock) {
        this.sellers = sellers;
        this.accounts = accounts;
        this.listings = listings;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Projects the account after an {@code account.updated} created at {@code eventCreated}
     * (epoch seconds; 0 when no event prompted it). Empty when no seller owns the account.
     */
    @Transactional
    public Optional<OnboardingStatus> sync(StripeAccountId account, long eventCreated) {
        Optional<Seller> locked = sellers.lockByAccount(account);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Seller seller = locked.get();
        if (seller.isOlderThanApplied(eventCreated)) {
            // A newer event was applied already, with an account fetched after this one was sent.
            return Optional.of(seller.status());
        }
        if (seller.status() == OnboardingStatus.DISCONNECTED) {
            // Stripe answers account_invalid for it now; the seller stays disconnected.
            return Optional.of(seller.status());
        }
        OnboardingStatus before = seller.status();
        Instant now = Instant.now(clock);
        seller.applyAccount(accounts.fetch(account), eventCreated, now);
        if (seller.status() != before) {
            LOG.info("Seller " + seller.id() + " is now " + seller.status() + " (was " + before + ")"
                    + seller.pauseReason().map(reason -> ": paused, " + reason).orElse(""));
        }
        if (notices != null && seller.status() != OnboardingStatus.PENDING) {
            notices.requirementsDue(seller, now);
        }
        if (seller.status() == OnboardingStatus.REJECTED && before != OnboardingStatus.REJECTED) {
            listings.withdrawAllOf(seller.id());
        }
        return Optional.of(seller.status());
    }

    /** Re-fetches a seller's account now (the seller came back from Stripe's pages). */
    @Transactional
    public void syncSeller(SellerId id) {
        sellers.find(id).flatMap(Seller::stripeAccountId).ifPresent(account -> sync(account, 0));
    }
}
