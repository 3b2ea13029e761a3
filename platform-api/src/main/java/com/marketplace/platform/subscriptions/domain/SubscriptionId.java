package com.marketplace.platform.subscriptions.domain;

public record SubscriptionId(long value) {

    public SubscriptionId {
        if (value <= 0) {
            throw new IllegalArgumentException("A subscription id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
