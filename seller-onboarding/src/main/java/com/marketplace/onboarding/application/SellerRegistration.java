package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.ConnectedAccountsFailed;
import com.marketplace.onboarding.domain.AccountType;
import com.marketplace.onboarding.domain.EmailAlreadyRegistered;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.SellerRepository;
import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.buyers.domain.BuyerRepository;
import com.marketplace.platform.kernel.config.ConfigKeys;
import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.kernel.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Registers a seller and creates their connected account. The seller is stored first; if Stripe
 * cannot be reached, registration still succeeds and the account is created when the seller asks
 * for an onboarding link (same idempotency key, so never two accounts).
 */
@ApplicationScoped
public class SellerRegistration {

    private static final Logger LOG = Logger.getLogger(SellerRegistration.class.getName());

    private SellerStore store;
    private SellerQueries queries;
    private AccountProvisioning provisioning;
    private AccountProjection projection;
    private MarketplaceConfig config;
    private PasswordHasher passwords;
    private BuyerRepository buyers;
    private Clock clock;

    protected SellerRegistration() {
        // for CDI proxies
    }

    @Inject
    public SellerRegistration(SellerStore store, SellerQueries queries, AccountProvisioning provisioning,
                              AccountProjection projection, MarketplaceConfig config, PasswordHasher passwords) {
        this.store = store;
        this.queries = queries;
        this.provisioning = provisioning;
        this.projection = projection;
        this.config = config;
        this.passwords = passwords;
        this.clock = Clock.systemUTC();
    }

    /** One email, one account: a buyer's email would sign in as whichever the identity store asks first. */
    @Inject
    void refuseEmailsOf(BuyerRepository buyers) {
        this.buyers = buyers;
    }

    public Seller register(SellerSignUp signUp) {
        if (buyers != null && buyers.findByEmail(Buyer.normalizeEmail(signUp.email())).isPresent()) {
            throw EmailAlreadyRegistered.byBuyer();
        }
        AccountType accountType = AccountType.fromConfig(config.stringValue(ConfigKeys.SELLER_ACCOUNT_TYPE, "express"));
        Seller seller;
        try {
            seller = store.add(Seller.register(signUp.toProfile(), passwords.hash(signUp.password()), accountType, Instant.now(clock)));
        } catch (SellerRepository.EmailTaken e) {
            throw new EmailAlreadyRegistered();
        }
        try {
            provisioning.ensureAccount(seller.id());
            // Fetched once now, so the new seller sees at once what Stripe will ask of them.
            projection.syncSeller(seller.id());
        } catch (ConnectedAccountsFailed stripeFailed) {
            LOG.warning("Seller " + seller.id() + " registered without a Stripe account for now: " + stripeFailed.getMessage());
        }
        return queries.seller(seller.id());
    }
}
