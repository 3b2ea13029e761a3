package com.marketplace.platform.subscriptions.domain;

/** What a subscription gives its buyer now: access, access while a failed renewal is being retried, or none. */
public enum Access {
    ACCESS,
    ACCESS_PAST_DUE,
    NONE;

    /** The better of two: a buyer with several subscriptions to one seller has the best access any of them gives. */
    public Access or(Access other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
