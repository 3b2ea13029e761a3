package com.marketplace.platform.subscriptions.domain;

/**
 * What applying Stripe's state moved on a subscription: the statuses before and after, whether it
 * gave access for the first time ({@code started}), whether access just ended ({@code ended}),
 * whether it now bills another plan, and whether anything at all changed.
 */
public record SubscriptionMove(SubscriptionStatus from, SubscriptionStatus to, boolean started, boolean ended,
                               boolean planChanged, boolean changed) {

    public static SubscriptionMove none(SubscriptionStatus status) {
        return new SubscriptionMove(status, status, false, false, false, false);
    }
}
