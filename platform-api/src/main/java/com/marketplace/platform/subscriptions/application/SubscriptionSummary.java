package com.marketplace.platform.subscriptions.application;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.plans.domain.BillingInterval;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.subscriptions.domain.Access;
import com.marketplace.platform.subscriptions.domain.SubscriptionId;
import java.time.Instant;
import java.util.Optional;

/** What the API and the pages show of a subscription. {@code status} is lower case ({@code trialing}, {@code past_due}). */
public record SubscriptionSummary(SubscriptionId id, long buyerId, SellerId sellerId, String sellerName, PlanId planId,
                                  String planName, Money price, BillingInterval interval, String status, Access access,
                                  boolean cancelAtPeriodEnd, Optional<Instant> trialEnd, Optional<Instant> currentPeriodEnd,
                                  Optional<Instant> endedAt, Instant createdAt) {
}
