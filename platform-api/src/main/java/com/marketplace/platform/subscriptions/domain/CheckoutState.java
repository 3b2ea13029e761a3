package com.marketplace.platform.subscriptions.domain;

import java.util.Optional;

/**
 * A Checkout Session as Stripe answers it on a re-fetch. {@code subscriptionRef} is
 * {@code metadata[subscription_id]}: the row the session was made for.
 */
public record CheckoutState(String sessionId, String mode, String status, Optional<String> subscriptionId,
                            Optional<String> customerId, Optional<Long> subscriptionRef) {

    public boolean isSubscriptionMode() {
        return "subscription".equals(mode);
    }

    public boolean isComplete() {
        return "complete".equals(status);
    }

    public boolean isExpired() {
        return "expired".equals(status);
    }
}
