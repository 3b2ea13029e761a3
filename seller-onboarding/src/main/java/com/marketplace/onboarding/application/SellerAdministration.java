package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.AccountType;
import com.marketplace.onboarding.domain.ConnectedAccountsFailed;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.sellers.ChargeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/** What only an admin may change about a seller, for the admin API and the admin page alike. */
@ApplicationScoped
public class SellerAdministration {

    private static final Logger LOG = Logger.getLogger(SellerAdministration.class.getName());

    private SellerStore store;
    private AccountProjection projection;
    private SellerQueries queries;
    private Clock clock;

    protected SellerAdministration() {
        // for CDI proxies
    }

    @Inject
    public SellerAdministration(SellerStore store, AccountProjection projection, SellerQueries queries) {
        this.store = store;
        this.projection = projection;
        this.queries = queries;
        this.clock = Clock.systemUTC();
    }

    /**
     * Changes how the seller's future sales are charged (orders already created keep theirs), then
     * re-syncs the account from Stripe: the capability the status rule checks depends on the charge
     * type. The change is committed before Stripe is asked, and stands if Stripe cannot answer.
     */
    public Seller changeChargeType(SellerId id, ChargeType chargeType) {
        store.changeChargeType(id, chargeType, Instant.now(clock));
        try {
            projection.syncSeller(id);
        } catch (ConnectedAccountsFailed stripeFailed) {
            // The next account.updated (or the seller's return from onboarding) re-derives the status.
            LOG.warning("Charge type of seller " + id + " changed; its status is re-derived later: " + stripeFailed.getMessage());
        }
        return queries.seller(id);
    }

    /**
     * Switches the seller to another account type. Nothing is asked of Stripe here: the seller's
     * next onboarding link creates the new account ({@link AccountProvisioning}), and the old one,
     * which never took the marketplace's money, is simply no longer theirs. The same type again
     * changes nothing; a seller whose account may have taken money is refused
     * ({@link com.marketplace.onboarding.domain.AccountInUse}).
     */
    public Seller switchAccountType(SellerId id, AccountType accountType) {
        if (store.switchAccountType(id, accountType, Instant.now(clock))) {
            LOG.info("Seller " + id + " switched to " + accountType.stripeValue() + " accounts; the next onboarding link creates one");
        }
        return queries.seller(id);
    }
}
