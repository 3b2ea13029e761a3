package com.marketplace.onboarding.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.onboarding.domain.AccountType;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.SellerProfile;
import com.marketplace.onboarding.domain.StripeAccountId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.sellers.OnboardingStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** account.application.deauthorized: verified by Stripe refusing the account, then the seller is disconnected. */
class AccountDisconnectionTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final StripeAccountId ACCOUNT = new StripeAccountId("acct_1Leaving");

    private final InMemorySellers sellers = new InMemorySellers();
    private final ScriptedAccounts stripe = new ScriptedAccounts();
    private final List<SellerId> withdrawn = new ArrayList<>();
    private final AccountDisconnection disconnection = new AccountDisconnection(sellers, stripe, seller -> {
        withdrawn.add(seller);
        return 2;
    }, null, Clock.fixed(NOW, ZoneOffset.UTC)) ;
    private Seller seller;

    @BeforeEach
    void anActiveSeller() {
        seller = sellers.add(Seller.register(new SellerProfile("ada@example.com", "Ada's Shop", "FR", "eur", ChargeType.DIRECT),
                "hash", AccountType.STANDARD, NOW.minusSeconds(3600)));
        sellers.attachAccount(seller.id(), ACCOUNT);
        seller.applyAccount(ScriptedAccounts.enabled(ACCOUNT), 0, NOW.minusSeconds(60));
    }

    @Test
    void anEventForAnAccountStripeStillReadsChangesNothing() {
        assertEquals(Optional.of(false), disconnection.deauthorized(ACCOUNT));
        assertEquals(OnboardingStatus.ACTIVE, seller.status());
        assertEquals(List.of(), withdrawn);
    }

    @Test
    void aRevokedAccountDisconnectsTheSellerAndWithdrawsTheirProducts() {
        stripe.revoke(ACCOUNT);

        assertEquals(Optional.of(true), disconnection.deauthorized(ACCOUNT));
        assertEquals(OnboardingStatus.DISCONNECTED, seller.status());
        assertEquals(Optional.of(NOW), seller.disconnectedAt());
        assertEquals(List.of(seller.id()), withdrawn);
    }

    @Test
    void aDisconnectedSellerIsNeverReactivatedByALaterProjection() {
        stripe.revoke(ACCOUNT);
        disconnection.deauthorized(ACCOUNT);

        seller.applyAccount(ScriptedAccounts.enabled(ACCOUNT), 0, NOW.plusSeconds(5));

        assertEquals(OnboardingStatus.DISCONNECTED, seller.status());
    }
}
