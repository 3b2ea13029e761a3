package com.marketplace.onboarding.domain;

import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.sellers.OnboardingStatus;

/**
 * Derives a seller's onboarding status from their account, in this order:
 * <ol>
 *   <li>{@code REJECTED}: Stripe disabled the account with a {@code rejected.*} reason (permanent);</li>
 *   <li>{@code PENDING}: details not submitted, onboarding is not finished;</li>
 *   <li>{@code ACTIVE}: charges and payouts enabled, nothing past due, and the capability the
 *       seller's charge type needs is active ({@code card_payments} for Direct charges, which the
 *       connected account processes itself; {@code transfers} for Destination charges, which move
 *       money to it);</li>
 *   <li>{@code RESTRICTED}: submitted, but anything above is missing.</li>
 * </ol>
 * Returning from Stripe's onboarding pages proves nothing: only this rule on a fetched account does.
 */
public final class OnboardingStatusRule {

    private OnboardingStatusRule() {
    }

    public static OnboardingStatus derive(AccountSnapshot account, ChargeType chargeType) {
        if (account.requirements().disabledReason().filter(reason -> reason.startsWith("rejected.")).isPresent()) {
            return OnboardingStatus.REJECTED;
        }
        if (!account.detailsSubmitted()) {
            return OnboardingStatus.PENDING;
        }
        boolean neededCapabilityActive = (chargeType == ChargeType.DIRECT ? account.cardPaymentsCapability() : account.transfersCapability())
                .filter("active"::equals).isPresent();
        boolean canSell = account.chargesEnabled() && account.payoutsEnabled() && account.requirements().pastDue().isEmpty()
                && neededCapabilityActive;
        return canSell ? OnboardingStatus.ACTIVE : OnboardingStatus.RESTRICTED;
    }
}
