package com.marketplace.platform.subscriptions.domain;

import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.plans.domain.BillingInterval;
import com.marketplace.platform.plans.domain.PlanId;
import java.util.Objects;

/** A Stripe Price a subscription can be billed on, as the platform's price history knows it: its plan and its terms. */
public record BilledPrice(PlanId plan, String stripePriceId, Money amount, BillingInterval interval) {

    public BilledPrice {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(interval, "interval");
        if (stripePriceId == null || !stripePriceId.startsWith("price_")) {
            throw new IllegalArgumentException("Expected a Stripe price id price_..., got " + stripePriceId);
        }
    }
}
