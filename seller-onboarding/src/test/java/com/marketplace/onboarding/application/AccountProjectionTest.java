package com.marketplace.onboarding.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.onboarding.domain.AccountType;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.onboarding.domain.SellerListings;
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

/** The account projection (what an account.updated does to a seller), with its ports faked in memory. */
class AccountProjectionTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final StripeAccountId ACCOUNT = new StripeAccountId("acct_1Projected");

    private final InMemorySellers sellers = new InMemorySellers();
    private final ScriptedAccounts stripe = new ScriptedAccounts();
    private final List<SellerId> withdrawn = new ArrayList<>();
    private final SellerListings listings = seller -> {
        withdrawn.add(seller);
        return 1;
    };
    private final AccountProjection projection = new AccountProjection(sellers, stripe, listings, Clock.fixed(NOW, ZoneOffset.UTC));

    private Seller seller;

    @BeforeEach
    void aSellerWithAnAccount() {
        seller = sellers.add(Seller.register(new SellerProfile("ada@example.com", "Ada's Shop", "FR", "eur", ChargeType.DIRECT),
                "hash", AccountType.EXPRESS, NOW.minusSeconds(3600)));
        sellers.attachAccount(seller.id(), ACCOUNT);
    }

    @Test
    void anEnabledAccountMakesTheSellerActiveAndRecordsWhenItWasFetched() {
        stripe.answer(ScriptedAccounts.enabled(ACCOUNT));

        assertEquals(Optional.of(OnboardingStatus.ACTIVE), projection.sync(ACCOUNT, 100));
        assertEquals(OnboardingStatus.ACTIVE, seller.status());
        assertEquals(Optional.of(NOW), seller.accountSyncedAt());
        assertEquals(100, seller.lastAccountEventCreated());
    }

    @Test
    void theSellerRowIsLockedBeforeStripeIsAsked() {
        stripe.answer(ScriptedAccounts.enabled(ACCOUNT));

        projection.sync(ACCOUNT, 100);

        assertEquals(List.of(ACCOUNT), sellers.locked());
        assertEquals(List.of(ACCOUNT), stripe.fetched());
    }

    @Test
    void anAccountNoSellerOwnsIsIgnoredWithoutAskingStripe() {
        assertEquals(Optional.empty(), projection.sync(new StripeAccountId("acct_1Stranger"), 100));
        assertEquals(List.of(), stripe.fetched());
    }

    @Test
    void anEventOlderThanTheOneAppliedChangesNothingAndAsksStripeNothing() {
        stripe.answer(ScriptedAccounts.enabled(ACCOUNT));
        projection.sync(ACCOUNT, 200);
        stripe.answer(ScriptedAccounts.notSubmitted(ACCOUNT));

        assertEquals(Optional.of(OnboardingStatus.ACTIVE), projection.sync(ACCOUNT, 150));
        assertEquals(OnboardingStatus.ACTIVE, seller.status());
        assertEquals(1, stripe.fetched().size());
    }

    @Test
    void anEventOfTheSameSecondAsTheOneAppliedIsAppliedToo() {
        stripe.answer(ScriptedAccounts.enabled(ACCOUNT));
        projection.sync(ACCOUNT, 200);
        stripe.answer(ScriptedAccounts.notSubmitted(ACCOUNT));

        assertEquals(Optional.of(OnboardingStatus.PENDING), projection.sync(ACCOUNT, 200));
    }

    @Test
    void aRejectionWithdrawsEverythingTheSellerHasOnSale() {
        stripe.answer(ScriptedAccounts.rejected(ACCOUNT));

        assertEquals(Optional.of(OnboardingStatus.REJECTED), projection.sync(ACCOUNT, 100));
        assertEquals(List.of(seller.id()), withdrawn);
    }

    @Test
    void aSellerRejectedAlreadyIsNotWithdrawnAgain() {
        stripe.answer(ScriptedAccounts.rejected(ACCOUNT));
        projection.sync(ACCOUNT, 100);

        projection.sync(ACCOUNT, 101);

        assertEquals(List.of(seller.id()), withdrawn);
    }

    @Test
    void noOtherStatusWithdrawsAnything() {
        stripe.answer(ScriptedAccounts.notSubmitted(ACCOUNT));
        projection.sync(ACCOUNT, 100);
        stripe.answer(ScriptedAccounts.enabled(ACCOUNT));
        projection.sync(ACCOUNT, 101);

        assertEquals(List.of(), withdrawn);
    }

    @Test
    void whenStripeCannotAnswerTheFailureReachesTheCallerAndTheSellerIsUnchanged() {
        RuntimeException down = new IllegalStateException("Stripe could not be reached");
        stripe.failWith(down);

        assertSame(down, assertThrows(IllegalStateException.class, () -> projection.sync(ACCOUNT, 100)));
        assertEquals(OnboardingStatus.PENDING, seller.status());
        assertEquals(Optional.empty(), seller.accountSyncedAt());
    }

    @Test
    void aSellerBackFromOnboardingIsSyncedEvenAfterNewerEvents() {
        stripe.answer(ScriptedAccounts.notSubmitted(ACCOUNT));
        projection.sync(ACCOUNT, 500);
        stripe.answer(ScriptedAccounts.enabled(ACCOUNT));

        projection.syncSeller(seller.id());

        assertEquals(OnboardingStatus.ACTIVE, seller.status());
        assertEquals(500, seller.lastAccountEventCreated());
    }

    @Test
    void aSellerWithoutAnAccountIsNotSynced() {
        Seller other = sellers.add(Seller.register(new SellerProfile("bob@example.com", "Bob's", "FR", "eur", ChargeType.DIRECT),
                "hash", AccountType.EXPRESS, NOW));

        projection.syncSeller(other.id());

        assertEquals(List.of(), stripe.fetched());
        assertEquals(OnboardingStatus.PENDING, other.status());
    }
}
