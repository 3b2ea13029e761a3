package com.marketplace.onboarding.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.onboarding.domain.AccountType;
import com.marketplace.onboarding.domain.ConnectedAccountsFailed;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.SellerProfile;
import com.marketplace.onboarding.domain.StripeAccountId;
import com.marketplace.platform.sellers.ChargeType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin's change of a seller's charge type, with the sellers and Stripe's accounts in memory. */
class SellerAdministrationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final StripeAccountId ACCOUNT = new StripeAccountId("acct_1Administered");

    private final InMemorySellers sellers = new InMemorySellers();
    private final ScriptedAccounts stripe = new ScriptedAccounts();
    private final AccountProjection projection = new AccountProjection(sellers, stripe, seller -> 0, Clock.fixed(NOW, ZoneOffset.UTC));
    private final SellerAdministration administration =
            new SellerAdministration(new SellerStore(sellers, seller -> false), projection, new SellerQueries(sellers));

    private Seller seller;

    @BeforeEach
    void aDirectSellerWithAnAccount() {
        seller = sellers.add(Seller.register(new SellerProfile("ada@example.com", "Ada's Shop", "FR", "eur", ChargeType.DIRECT),
                "hash", AccountType.EXPRESS, NOW.minusSeconds(3600)));
        sellers.attachAccount(seller.id(), ACCOUNT);
    }

    @Test
    void theChangeStandsWhenStripeCannotBeReachedToResyncTheAccount() {
        stripe.failWith(ConnectedAccountsFailed.unavailable("Reading the seller's Stripe account failed"));

        Seller changed = administration.changeChargeType(seller.id(), ChargeType.DESTINATION);

        assertEquals(ChargeType.DESTINATION, changed.chargeType());
        assertEquals(ChargeType.DESTINATION, sellers.find(seller.id()).orElseThrow().chargeType());
    }

    @Test
    void theChangeStandsWhenStripeRefusesToResyncTheAccount() {
        stripe.failWith(ConnectedAccountsFailed.refused("Reading the seller's Stripe account failed", "req_1"));

        assertEquals(ChargeType.DESTINATION, administration.changeChargeType(seller.id(), ChargeType.DESTINATION).chargeType());
    }

    @Test
    void aFailureThatIsNotStripesIsNotSwallowed() {
        RuntimeException bug = new IllegalStateException("a defect, not Stripe");
        stripe.failWith(bug);

        assertSame(bug, assertThrows(IllegalStateException.class, () -> administration.changeChargeType(seller.id(), ChargeType.DESTINATION)));
    }
}
