package com.marketplace.sandbox.checkout;

import com.marketplace.sandbox.protocol.Params;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.store.Scope;
import java.math.BigDecimal;

/**
 * A subscription-mode session's {@code subscription_data}: the trial, the platform's
 * {@code application_fee_percent} (0–100, two decimals at most) and the destination, with
 * Stripe's rules for them (a fee needs a connected account: the Stripe-Account header or
 * {@code transfer_data[destination]}; a destination cannot be used on a connected account).
 */
record SubscriptionData(long trialDays, BigDecimal feePercent, String destination, StripeObject metadata) {

    static SubscriptionData of(Params data, Scope scope) {
        long trialDays = data.longValue("trial_period_days").orElse(0L);
        if (trialDays < 0 || trialDays > 730) {
            throw StripeError.invalidRequest("trial_period_days must be between 1 and 730.", data.name("trial_period_days"));
        }
        BigDecimal percent = data.string("application_fee_percent").map(value -> {
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw StripeError.invalidRequest("Invalid decimal: " + value, data.name("application_fee_percent"));
            }
        }).orElse(null);
        if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.scale() > 2)) {
            throw StripeError.invalidRequest("application_fee_percent must be a decimal between 0 and 100 with at most two decimal places.",
                    data.name("application_fee_percent"));
        }
        String destination = data.child("transfer_data").string("destination").orElse(null);
        if (destination != null && !scope.isPlatform()) {
            throw StripeError.invalidRequest("transfer_data[destination] cannot be used with a Stripe-Account header.",
                    data.child("transfer_data").name("destination"));
        }
        if (percent != null && scope.isPlatform() && destination == null) {
            throw StripeError.invalidRequest("Can only apply an application_fee_percent when the subscription is made on behalf of "
                    + "another account (using an OAuth key or Stripe-Account header) or with `transfer_data[destination]`.",
                    data.name("application_fee_percent"));
        }
        return new SubscriptionData(trialDays, percent, destination, data.metadata());
    }

    StripeObject stored() {
        return StripeObject.of("trial_period_days", trialDays, "application_fee_percent", feePercent == null ? null : feePercent.doubleValue(),
                "destination", destination, "metadata", metadata);
    }
}
