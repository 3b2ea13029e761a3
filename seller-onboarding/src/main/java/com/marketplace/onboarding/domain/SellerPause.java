package com.marketplace.onboarding.domain;

import com.marketplace.platform.sellers.OnboardingStatus;
import java.util.List;
import java.util.Optional;

/**
 * The pause rule: an onboarded seller (details submitted, not rejected nor disconnected) whose
 * account has requirements past due, or whose charges Stripe disabled, is paused: their products
 * and plans are hidden and checkouts refused, until a later fetch of the account clears it. The
 * status rule already keeps such a seller from selling ({@code RESTRICTED}); this names why.
 */
public final class SellerPause {

    private SellerPause() {
    }

    public static Optional<String> reason(OnboardingStatus status, boolean detailsSubmitted, boolean chargesEnabled, List<String> pastDue) {
        if (!detailsSubmitted || status == OnboardingStatus.REJECTED || status == OnboardingStatus.DISCONNECTED
                || status == OnboardingStatus.PENDING) {
            return Optional.empty();
        }
        if (!pastDue.isEmpty()) {
            return Optional.of("Stripe requirements are past due (" + String.join(", ", pastDue) + ")");
        }
        if (!chargesEnabled) {
            return Optional.of("Stripe has disabled the seller's payments");
        }
        return Optional.empty();
    }
}
