package com.marketplace.platform.subscriptions.domain;

import com.marketplace.platform.plans.domain.PlanRouting;
import java.math.BigDecimal;
import java.net.URI;

/**
 * The subscription-mode Checkout Session for one subscription row: its plan's Price, the buyer's
 * Customer on the plan's account, the trial, and the fee fixed on the subscription as
 * {@code application_fee_percent}.
 */
public record SubscriptionCheckout(SubscriptionId subscription, PlanRouting routing, String customerId, String priceId,
                                   int trialDays, BigDecimal applicationFeePercent, URI successUrl, URI cancelUrl,
                                   String idempotencyKey) {
}
