package com.marketplace.onboarding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.sellers.OnboardingStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pause rule: when an onboarded seller's listings are paused, and the reason buyers are given. */
class SellerPauseTest {

    @Test
    void pastDueRequirementsPauseAnOnboardedSellerAndAreNamed() {
        Optional<String> reason = SellerPause.reason(OnboardingStatus.RESTRICTED, true, true, List.of("individual.verification.document"));

        assertTrue(reason.orElseThrow().contains("individual.verification.document"), reason.toString());
    }

    @Test
    void disabledChargesPauseAnOnboardedSeller() {
        assertEquals(Optional.of("Stripe has disabled the seller's payments"),
                SellerPause.reason(OnboardingStatus.RESTRICTED, true, false, List.of()));
    }

    @Test
    void anEnabledAccountWithNothingPastDueIsNotPaused() {
        assertEquals(Optional.empty(), SellerPause.reason(OnboardingStatus.ACTIVE, true, true, List.of()));
    }

    @Test
    void aSellerStillOnboardingIsNotPausedButUnfinished() {
        assertEquals(Optional.empty(), SellerPause.reason(OnboardingStatus.PENDING, false, false, List.of("tos_acceptance.date")));
    }

    @Test
    void aDisconnectedOrRejectedSellerIsGoneRatherThanPaused() {
        assertEquals(Optional.empty(), SellerPause.reason(OnboardingStatus.DISCONNECTED, true, false, List.of()));
        assertEquals(Optional.empty(), SellerPause.reason(OnboardingStatus.REJECTED, true, false, List.of("x")));
    }
}
