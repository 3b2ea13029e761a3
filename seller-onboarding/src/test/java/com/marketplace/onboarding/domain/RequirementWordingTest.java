package com.marketplace.onboarding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.marketplace.platform.sellers.OnboardingStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementWordingTest {

    @Test
    void theBankAccountIsWorded() {
        assertEquals("Add the bank account your payouts go to", RequirementWording.requirement("external_account"));
    }

    @Test
    void theIdentityDocumentIsWorded() {
        assertEquals("Upload an identity document (passport, ID card or driving licence)",
                RequirementWording.requirement("individual.verification.document"));
    }

    @Test
    void theMostSpecificWordingWins() {
        assertEquals("Upload a document proving your address",
                RequirementWording.requirement("individual.verification.additional_document"));
        assertEquals("Enter your date of birth", RequirementWording.requirement("individual.dob.day"));
        assertEquals("Complete your personal details", RequirementWording.requirement("individual.political_exposure"));
    }

    @Test
    void anExactCodeDoesNotMatchALongerCodeSharingItsPrefix() {
        assertNotEquals("Add the bank account your payouts go to", RequirementWording.requirement("external_accounts_extra"));
    }

    @Test
    void codesAreMatchedCaseInsensitively() {
        assertEquals("Add the bank account your payouts go to", RequirementWording.requirement("EXTERNAL_ACCOUNT"));
    }

    @Test
    void tosDateAndIpCollapseIntoOneThingToDo() {
        assertEquals(List.of("Accept Stripe's services agreement", "Add the bank account your payouts go to"),
                RequirementWording.toDo(List.of("tos_acceptance.date", "tos_acceptance.ip", "external_account")));
    }

    @Test
    void toDoKeepsStripesOrder() {
        assertEquals(List.of("Add the bank account your payouts go to", "Accept Stripe's services agreement"),
                RequirementWording.toDo(List.of("external_account", "tos_acceptance.date", "tos_acceptance.ip")));
    }

    @Test
    void nothingDueIsNothingToDo() {
        assertEquals(List.of(), RequirementWording.toDo(List.of()));
    }

    @Test
    void anUnknownCodeIsStillShownSpelledOut() {
        assertEquals("Provide some new > requirement", RequirementWording.requirement("some_new.requirement"));
    }

    @Test
    void anUnknownCodeIsNotDroppedFromTheThingsToDo() {
        List<String> toDo = RequirementWording.toDo(List.of("external_account", "brand_new_field"));

        assertEquals(List.of("Add the bank account your payouts go to", "Provide brand new field"), toDo);
    }

    @Test
    void aFraudRejectionIsWorded() {
        assertEquals("Stripe rejected this account because it suspects fraud", RequirementWording.disabledReason("rejected.fraud"));
    }

    @Test
    void pastDueIsWorded() {
        assertEquals("Stripe has paused payments or payouts until the information due is provided",
                RequirementWording.disabledReason("requirements.past_due"));
    }

    @Test
    void anUnknownRejectionIsStillARejection() {
        assertEquals("Stripe rejected this account", RequirementWording.disabledReason("rejected.something_new"));
    }

    @Test
    void anUnknownDisabledReasonIsShownAsIs() {
        assertEquals("Stripe has disabled this account (something_new)", RequirementWording.disabledReason("something_new"));
    }

    @Test
    void everyStatusHasWordsOfItsOwn() {
        for (OnboardingStatus status : OnboardingStatus.values()) {
            assertFalse(RequirementWording.status(status).isBlank(), status.name());
        }
        assertEquals(OnboardingStatus.values().length,
                List.of(OnboardingStatus.values()).stream().map(RequirementWording::status).distinct().count());
    }
}
