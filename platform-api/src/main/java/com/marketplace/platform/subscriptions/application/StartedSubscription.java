package com.marketplace.platform.subscriptions.application;

import com.marketplace.platform.subscriptions.domain.SubscriptionId;

/** A subscription begun: its row, and the Checkout Session the buyer is sent to. */
public record StartedSubscription(SubscriptionId id, String sessionId, String url) {
}
