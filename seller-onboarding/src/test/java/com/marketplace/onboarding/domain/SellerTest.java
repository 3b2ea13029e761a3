package com.marketplace.onboarding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.sellers.OnboardingStatus;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SellerTest {

    private static final Instant REGISTERED = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2024-05-01T10:05:00Z");
    private static final Instant LATEST = Instant.parse("2024-05-01T10:10:00Z");

    private static Seller registered(ChargeType chargeType) {
        SellerProfile profile = new SellerProfile("ada@example.com", "Ada's Shop", "FR", "eur", chargeType);
        return Seller.register(profile, "hash", AccountType.EXPRESS, REGISTERED);
    }

    /** The repository attaches the account by a conditional update; a unit test sets the field directly. */
    private static Seller withAccount(ChargeType chargeType) throws ReflectiveOperationException {
        Seller seller = registered(chargeType);
        Field field = Seller.class.getDeclaredField("stripeAccountId");
        field.setAccessible(true);
        field.set(seller, Accounts.ACCOUNT.value());
        return seller;
    }

    @Test
    void aRegisteredSellerIsPendingWithNoAccount() {
        Seller seller = registered(ChargeType.DIRECT);

        assertEquals(OnboardingStatus.PENDING, seller.status());
        assertEquals(Optional.empty(), seller.stripeAccountId());
        assertEquals("ada@example.com", seller.email());
        assertEquals(ChargeType.DIRECT, seller.chargeType());
        assertEquals(0, seller.lastAccountEventCreated());
        assertEquals(Optional.empty(), seller.accountSyncedAt());
    }

    @Test
    void eachRegistrationGetsItsOwnAccountRequestKey() {
        assertNotEquals(registered(ChargeType.DIRECT).accountRequestKey(), registered(ChargeType.DIRECT).accountRequestKey());
    }

    @Test
    void anAccountCannotBeAppliedBeforeOneIsAttached() {
        Seller seller = registered(ChargeType.DIRECT);

        assertThrows(IllegalArgumentException.class, () -> seller.applyAccount(Accounts.enabled().build(), 100, LATER));
        assertEquals(OnboardingStatus.PENDING, seller.status());
    }

    @Test
    void anotherSellersAccountIsRefused() throws Exception {
        Seller seller = withAccount(ChargeType.DIRECT);
        AccountSnapshot foreign = Accounts.enabled().id("acct_1Other").build();

        assertThrows(IllegalArgumentException.class, () -> seller.applyAccount(foreign, 100, LATER));
        assertEquals(OnboardingStatus.PENDING, seller.status());
        assertEquals(0, seller.lastAccountEventCreated());
    }

    @Test
    void applyingASnapshotProjectsStatusFlagsAndRequirements() throws Exception {
        Seller seller = withAccount(ChargeType.DIRECT);
        AccountSnapshot account = Accounts.enabled().payoutsEnabled(false).transfers(null)
                .currentlyDue("external_account").pastDue("external_account")
                .eventuallyDue("external_account", "individual.id_number").disabledReason("requirements.past_due")
                .future(List.of("individual.verification.document"), List.of("company.tax_id")).build();

        assertTrue(seller.applyAccount(account, 100, LATER));

        assertEquals(OnboardingStatus.RESTRICTED, seller.status());
        assertTrue(seller.detailsSubmitted());
        assertTrue(seller.chargesEnabled());
        assertFalse(seller.payoutsEnabled());
        assertEquals(Optional.of("active"), seller.cardPaymentsCapability());
        assertEquals(Optional.empty(), seller.transfersCapability());
        assertEquals(List.of("external_account"), seller.currentlyDue());
        assertEquals(List.of("external_account"), seller.pastDue());
        assertEquals(List.of("external_account", "individual.id_number"), seller.eventuallyDue());
        assertEquals(List.of("individual.verification.document"), seller.futureCurrentlyDue());
        assertEquals(List.of("company.tax_id"), seller.futureEventuallyDue());
        assertEquals(Optional.of("requirements.past_due"), seller.disabledReason());
        assertEquals(100, seller.lastAccountEventCreated());
        assertEquals(Optional.of(LATER), seller.accountSyncedAt());
    }

    @Test
    void anEnabledAccountMakesTheSellerActive() throws Exception {
        Seller seller = withAccount(ChargeType.DESTINATION);

        assertTrue(seller.applyAccount(Accounts.enabled().cardPayments(null).build(), 100, LATER));

        assertEquals(OnboardingStatus.ACTIVE, seller.status());
    }

    @Test
    void anEventOlderThanTheLastAppliedChangesNothing() throws Exception {
        Seller seller = withAccount(ChargeType.DIRECT);
        seller.applyAccount(Accounts.enabled().build(), 200, LATER);

        boolean applied = seller.applyAccount(Accounts.enabled().payoutsEnabled(false).pastDue("external_account").build(), 199, LATEST);

        assertFalse(applied);
        assertTrue(seller.isOlderThanApplied(199));
        assertEquals(OnboardingStatus.ACTIVE, seller.status());
        assertTrue(seller.payoutsEnabled());
        assertEquals(List.of(), seller.pastDue());
        assertEquals(200, seller.lastAccountEventCreated());
        assertEquals(Optional.of(LATER), seller.accountSyncedAt());
    }

    @Test
    void eventsOfTheSameSecondBothApply() throws Exception {
        Seller seller = withAccount(ChargeType.DIRECT);
        assertTrue(seller.applyAccount(Accounts.enabled().build(), 300, LATER));

        assertFalse(seller.isOlderThanApplied(300));
        assertTrue(seller.applyAccount(Accounts.enabled().chargesEnabled(false).build(), 300, LATEST));

        assertEquals(OnboardingStatus.RESTRICTED, seller.status());
        assertEquals(300, seller.lastAccountEventCreated());
        assertEquals(Optional.of(LATEST), seller.accountSyncedAt());
    }

    @Test
    void aNewerEventAppliesAndMovesTheMarkForward() throws Exception {
        Seller seller = withAccount(ChargeType.DIRECT);
        seller.applyAccount(Accounts.enabled().detailsSubmitted(false).build(), 300, LATER);

        assertTrue(seller.applyAccount(Accounts.enabled().build(), 301, LATEST));

        assertEquals(OnboardingStatus.ACTIVE, seller.status());
        assertEquals(301, seller.lastAccountEventCreated());
    }

    @Test
    void aReturnFromOnboardingAlwaysAppliesWithoutLoweringTheMark() throws Exception {
        Seller seller = withAccount(ChargeType.DIRECT);
        seller.applyAccount(Accounts.enabled().detailsSubmitted(false).build(), 500, LATER);

        assertFalse(seller.isOlderThanApplied(0));
        assertTrue(seller.applyAccount(Accounts.enabled().build(), 0, LATEST));

        assertEquals(OnboardingStatus.ACTIVE, seller.status());
        assertEquals(500, seller.lastAccountEventCreated());
        assertEquals(Optional.of(LATEST), seller.accountSyncedAt());
    }

    @Test
    void aRejectionIsProjected() throws Exception {
        Seller seller = withAccount(ChargeType.DIRECT);

        seller.applyAccount(Accounts.enabled().chargesEnabled(false).payoutsEnabled(false).disabledReason("rejected.fraud").build(), 100, LATER);

        assertEquals(OnboardingStatus.REJECTED, seller.status());
        assertEquals(Optional.of("rejected.fraud"), seller.disabledReason());
    }

    @Test
    void changingTheChargeTypeChangesTheCapabilityTheNextProjectionNeeds() throws Exception {
        Seller seller = withAccount(ChargeType.DIRECT);
        AccountSnapshot cardOnly = Accounts.enabled().transfers("inactive").build();
        seller.applyAccount(cardOnly, 100, LATER);
        assertEquals(OnboardingStatus.ACTIVE, seller.status());

        seller.changeChargeType(ChargeType.DESTINATION, LATER);
        seller.applyAccount(cardOnly, 100, LATEST);

        assertEquals(ChargeType.DESTINATION, seller.chargeType());
        assertEquals(OnboardingStatus.RESTRICTED, seller.status());
    }
}
