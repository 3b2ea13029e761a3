package com.marketplace.platform.subscriptions.application;

import com.marketplace.platform.subscriptions.domain.Subscription;
import com.marketplace.platform.subscriptions.domain.SubscriptionMove;

/** A subscription after a mirror, and what the mirror moved. */
public record Mirrored(Subscription subscription, SubscriptionMove move) {
}
