package com.marketplace.platform.plans.domain;

import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import java.util.Objects;

/** What a Stripe Price of a plan says: an amount in minor units, per interval. Changing any of it makes a new Price. */
public record PlanPricing(Money amount, BillingInterval interval) {

    public PlanPricing {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(interval, "interval");
        if (!amount.isPositive() || amount.minorUnits() > SupportedCurrencies.MAX_AMOUNT) {
            throw new IllegalArgumentException("A plan's amount is 1.." + SupportedCurrencies.MAX_AMOUNT + " minor units, got " + amount);
        }
        if (!SupportedCurrencies.isSupported(amount.currency().value())) {
            throw new IllegalArgumentException("Unsupported currency " + amount.currency());
        }
    }
}
