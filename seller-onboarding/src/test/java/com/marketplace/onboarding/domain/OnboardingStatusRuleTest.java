package com.marketplace.onboarding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.sellers.OnboardingStatus;
import org.junit.jupiter.api.Test;

class OnboardingStatusRuleTest {

    @Test
    void aFullyEnabledDirectSellerIsActive() {
        assertEquals(OnboardingStatus.ACTIVE, OnboardingStatusRule.derive(Accounts.enabled().build(), ChargeType.DIRECT));
    }

    @Test
    void aFullyEnabledDestinationSellerIsActive() {
        assertEquals(OnboardingStatus.ACTIVE, OnboardingStatusRule.derive(Accounts.enabled().build(), ChargeType.DESTINATION));
    }

    @Test
    void detailsNotSubmittedIsPending() {
        AccountSnapshot account = Accounts.enabled().detailsSubmitted(false).chargesEnabled(false).payoutsEnabled(false)
                .cardPayments("inactive").transfers("inactive").currentlyDue("external_account").build();

        assertEquals(OnboardingStatus.PENDING, OnboardingStatusRule.derive(account, ChargeType.DIRECT));
    }

    @Test
    void detailsNotSubmittedIsPendingEvenWhenEverythingElseIsEnabled() {
        AccountSnapshot account = Accounts.enabled().detailsSubmitted(false).build();

        assertEquals(OnboardingStatus.PENDING, OnboardingStatusRule.derive(account, ChargeType.DIRECT));
    }

    @Test
    void submittedButPayoutsDisabledIsRestricted() {
        AccountSnapshot account = Accounts.enabled().payoutsEnabled(false).build();

        assertEquals(OnboardingStatus.RESTRICTED, OnboardingStatusRule.derive(account, ChargeType.DIRECT));
    }

    @Test
    void submittedButChargesDisabledIsRestricted() {
        AccountSnapshot account = Accounts.enabled().chargesEnabled(false).build();

        assertEquals(OnboardingStatus.RESTRICTED, OnboardingStatusRule.derive(account, ChargeType.DESTINATION));
    }

    @Test
    void pastDueKeepsAnEnabledAccountRestricted() {
        AccountSnapshot account = Accounts.enabled().pastDue("individual.verification.document").build();

        assertEquals(OnboardingStatus.RESTRICTED, OnboardingStatusRule.derive(account, ChargeType.DIRECT));
    }

    @Test
    void somethingCurrentlyDueButNotPastDueLeavesAnEnabledAccountActive() {
        AccountSnapshot account = Accounts.enabled().currentlyDue("individual.id_number").eventuallyDue("individual.id_number").build();

        assertEquals(OnboardingStatus.ACTIVE, OnboardingStatusRule.derive(account, ChargeType.DIRECT));
    }

    @Test
    void directSellerNeedsCardPaymentsActive() {
        AccountSnapshot account = Accounts.enabled().cardPayments("pending").transfers("active").build();

        assertEquals(OnboardingStatus.RESTRICTED, OnboardingStatusRule.derive(account, ChargeType.DIRECT));
    }

    @Test
    void directSellerWithoutACardPaymentsCapabilityIsRestricted() {
        AccountSnapshot account = Accounts.enabled().cardPayments(null).build();

        assertEquals(OnboardingStatus.RESTRICTED, OnboardingStatusRule.derive(account, ChargeType.DIRECT));
    }

    @Test
    void directSellerDoesNotNeedTransfers() {
        AccountSnapshot account = Accounts.enabled().cardPayments("active").transfers("inactive").build();

        assertEquals(OnboardingStatus.ACTIVE, OnboardingStatusRule.derive(account, ChargeType.DIRECT));
    }

    @Test
    void destinationSellerNeedsTransfersNotCardPayments() {
        AccountSnapshot account = Accounts.enabled().cardPayments(null).transfers("active").build();

        assertEquals(OnboardingStatus.ACTIVE, OnboardingStatusRule.derive(account, ChargeType.DESTINATION));
    }

    @Test
    void destinationSellerWithInactiveTransfersIsRestricted() {
        AccountSnapshot account = Accounts.enabled().cardPayments("active").transfers("inactive").build();

        assertEquals(OnboardingStatus.RESTRICTED, OnboardingStatusRule.derive(account, ChargeType.DESTINATION));
    }

    @Test
    void rejectedWinsOverEverything() {
        AccountSnapshot account = Accounts.enabled().disabledReason("rejected.fraud").build();

        assertEquals(OnboardingStatus.REJECTED, OnboardingStatusRule.derive(account, ChargeType.DIRECT));
        assertEquals(OnboardingStatus.REJECTED, OnboardingStatusRule.derive(account, ChargeType.DESTINATION));
    }

    @Test
    void rejectedWinsOverDetailsNotSubmitted() {
        AccountSnapshot account = Accounts.enabled().detailsSubmitted(false).chargesEnabled(false).payoutsEnabled(false)
                .disabledReason("rejected.terms_of_service").build();

        assertEquals(OnboardingStatus.REJECTED, OnboardingStatusRule.derive(account, ChargeType.DIRECT));
    }

    @Test
    void aDisabledReasonThatIsNotARejectionIsNotRejected() {
        AccountSnapshot account = Accounts.enabled().chargesEnabled(false).disabledReason("requirements.past_due")
                .pastDue("external_account").build();

        assertEquals(OnboardingStatus.RESTRICTED, OnboardingStatusRule.derive(account, ChargeType.DIRECT));
    }
}
