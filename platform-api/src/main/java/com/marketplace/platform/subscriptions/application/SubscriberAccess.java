package com.marketplace.platform.subscriptions.application;

import com.marketplace.platform.subscriptions.domain.Access;
import java.util.List;
import java.util.Optional;

/**
 * A seller's answer about one buyer: the best access any of the buyer's subscriptions to the
 * seller gives, a warning while a renewal is failing, and those subscriptions (newest first).
 */
public record SubscriberAccess(String email, Access access, Optional<String> warning, List<SubscriptionSummary> subscriptions) {
}
