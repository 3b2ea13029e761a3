package com.marketplace.onboarding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.error.RefusalMapper;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.sellers.OnboardingStatus;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The admin's switch of a seller's account type, as the seller decides it. */
class AccountTypeSwitchTest {

    private static final Instant REGISTERED = Instant.parse("2026-05-01T10:00:00Z");
    private static final Instant SYNCED = Instant.parse("2026-05-01T10:05:00Z");
    private static final Instant SWITCHED = Instant.parse("2026-05-01T11:00:00Z");

    private static Seller express() {
        return Seller.register(new SellerProfile("ada@example.com", "Ada's Shop", "FR", "eur", ChargeType.DIRECT), "hash",
                AccountType.EXPRESS, REGISTERED);
    }

    /** The repository gives the id and attaches the account; a unit test sets the fields directly. */
    private static Seller withAccount() throws ReflectiveOperationException {
        Seller seller = express();
        set(seller, "id", 7L);
        set(seller, "stripeAccountId", Accounts.ACCOUNT.value());
        return seller;
    }

    private static void set(Seller seller, String name, Object value) throws ReflectiveOperationException {
        Field field = Seller.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(seller, value);
    }

    private static Seller projected(Accounts account) throws ReflectiveOperationException {
        Seller seller = withAccount();
        seller.applyAccount(account.build(), 100, SYNCED);
        return seller;
    }

    @Test
    void aSellerWithNoAccountYetSwitchesAndGetsAFreshRequestKey() {
        Seller seller = express();
        String oldKey = seller.accountRequestKey();

        assertTrue(seller.switchAccountType(AccountType.STANDARD, false, SWITCHED));

        assertEquals(AccountType.STANDARD, seller.accountType());
        assertNotEquals(oldKey, seller.accountRequestKey(), "a new key, so the next creation is a new account, not the old one answered again");
        assertEquals(Optional.empty(), seller.stripeAccountId());
    }

    @Test
    void aSellerStillOnboardingForgetsTheirAccountAndItsProjection() throws Exception {
        Seller seller = projected(Accounts.enabled().detailsSubmitted(false).chargesEnabled(false).payoutsEnabled(false)
                .cardPayments("inactive").currentlyDue("individual.dob.day"));
        String oldKey = seller.accountRequestKey();
        assertEquals(OnboardingStatus.PENDING, seller.status());

        assertTrue(seller.switchAccountType(AccountType.STANDARD, false, SWITCHED));

        assertEquals(AccountType.STANDARD, seller.accountType());
        assertEquals(Optional.empty(), seller.stripeAccountId(), "the old account is no longer the seller's");
        assertNotEquals(oldKey, seller.accountRequestKey());
        assertEquals(OnboardingStatus.PENDING, seller.status());
        assertEquals(Optional.empty(), seller.cardPaymentsCapability());
        assertEquals(List.of(), seller.currentlyDue());
        assertEquals(Optional.empty(), seller.accountSyncedAt());
    }

    @Test
    void aRestrictedSellerWithNothingRecordedMaySwitch() throws Exception {
        Seller seller = projected(Accounts.enabled().payoutsEnabled(false));
        assertEquals(OnboardingStatus.RESTRICTED, seller.status());

        assertTrue(seller.switchAccountType(AccountType.STANDARD, false, SWITCHED));

        assertEquals(OnboardingStatus.PENDING, seller.status());
        assertFalse(seller.detailsSubmitted());
        assertFalse(seller.chargesEnabled());
    }

    @Test
    void theSameTypeAgainChangesNothing() throws Exception {
        Seller seller = projected(Accounts.enabled());
        String key = seller.accountRequestKey();

        assertFalse(seller.switchAccountType(AccountType.EXPRESS, true, SWITCHED));

        assertEquals(Optional.of(Accounts.ACCOUNT), seller.stripeAccountId());
        assertEquals(key, seller.accountRequestKey());
        assertEquals(OnboardingStatus.ACTIVE, seller.status());
    }

    @Test
    void anActiveSellerIsRefusedEvenWithNothingRecordedYet() throws Exception {
        Seller seller = projected(Accounts.enabled());

        AccountInUse refused = assertThrows(AccountInUse.class, () -> seller.switchAccountType(AccountType.STANDARD, false, SWITCHED));

        assertEquals("account_in_use", refused.code());
        assertEquals(409, RefusalMapper.errorCodeOf(refused).status().getStatusCode());
        assertUnchanged(seller, OnboardingStatus.ACTIVE);
    }

    @Test
    void aSellerWithMoneyRecordedIsRefusedWhateverTheirStatus() throws Exception {
        Seller seller = projected(Accounts.enabled().payoutsEnabled(false));

        assertThrows(AccountInUse.class, () -> seller.switchAccountType(AccountType.STANDARD, true, SWITCHED));

        assertUnchanged(seller, OnboardingStatus.RESTRICTED);
    }

    @Test
    void aRejectedOrDisconnectedAccountIsNotReplaced() throws Exception {
        Seller rejected = projected(Accounts.enabled().chargesEnabled(false).payoutsEnabled(false).disabledReason("rejected.fraud"));
        Seller disconnected = projected(Accounts.enabled().payoutsEnabled(false));
        disconnected.disconnect(SYNCED);

        assertThrows(AccountInUse.class, () -> rejected.switchAccountType(AccountType.STANDARD, false, SWITCHED));
        assertThrows(AccountInUse.class, () -> disconnected.switchAccountType(AccountType.STANDARD, false, SWITCHED));

        assertUnchanged(rejected, OnboardingStatus.REJECTED);
        assertUnchanged(disconnected, OnboardingStatus.DISCONNECTED);
    }

    @Test
    void eventsOfTheForgottenAccountNoLongerApply() throws Exception {
        Seller seller = projected(Accounts.enabled().detailsSubmitted(false));
        seller.switchAccountType(AccountType.STANDARD, false, SWITCHED);

        assertThrows(IllegalArgumentException.class, () -> seller.applyAccount(Accounts.enabled().build(), 200, SWITCHED));
        assertEquals(OnboardingStatus.PENDING, seller.status());
    }

    private static void assertUnchanged(Seller seller, OnboardingStatus status) {
        assertEquals(AccountType.EXPRESS, seller.accountType());
        assertEquals(Optional.of(Accounts.ACCOUNT), seller.stripeAccountId());
        assertEquals(status, seller.status());
    }
}
