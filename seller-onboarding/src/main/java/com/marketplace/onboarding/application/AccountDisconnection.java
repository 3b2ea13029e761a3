package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.ConnectedAccounts;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.SellerListings;
import com.marketplace.onboarding.domain.SellerRepository;
import com.marketplace.onboarding.domain.StripeAccountId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A seller deauthorized the platform. The event cannot be verified by re-fetching the account
 * (that is exactly what fails afterwards), so the verification is the failure itself: only when
 * Stripe answers a read of that account with {@code account_invalid} is the seller marked
 * DISCONNECTED, their products withdrawn (their plans are hidden with them: they may not sell)
 * and mailed. A forged or stale event for an account the platform still reads changes nothing.
 * Orders and history stay.
 */
@ApplicationScoped
public class AccountDisconnection {

    private static final Logger LOG = Logger.getLogger(AccountDisconnection.class.getName());

    private SellerRepository sellers;
    private ConnectedAccounts accounts;
    private SellerListings listings;
    private SellerNotices notices;
    private Clock clock;

    protected AccountDisconnection() {
        // for CDI proxies
    }

    @Inject
    public AccountDisconnection(SellerRepository sellers, ConnectedAccounts accounts, SellerListings listings, SellerNotices notices) {
        this(sellers, accounts, listings, notices, Clock.systemUTC());
    }

    public AccountDisconnection(SellerRepository sellers, ConnectedAccounts accounts, SellerListings listings, SellerNotices notices,
                                Clock clock) {
        this.sellers = sellers;
        this.accounts = accounts;
        this.listings = listings;
        this.notices = notices;
        this.clock = clock;
    }

    /** @return whether the seller owning the account is disconnected now (empty when nobody owns it) */
    @Transactional
    public Optional<Boolean> deauthorized(StripeAccountId account) {
        Optional<Seller> locked = sellers.lockByAccount(account);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Seller seller = locked.get();
        if (!accounts.accessRevoked(account)) {
            LOG.warning("account.application.deauthorized for " + account + " but Stripe still reads it: ignored");
            return Optional.of(false);
        }
        Instant now = Instant.now(clock);
        if (seller.disconnect(now)) {
            int withdrawn = listings.withdrawAllOf(seller.id());
            if (notices != null) {
                notices.disconnected(seller, now);
            }
            LOG.info("Seller " + seller.id() + " disconnected the platform; " + withdrawn + " products withdrawn");
        }
        return Optional.of(true);
    }
}
