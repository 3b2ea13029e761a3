package com.marketplace.webhooks.domain;

/** A replay that must not happen now or ever: the event is being processed, or belongs to the other Stripe mode. */
public class ReplayRefused extends RuntimeException {

    public ReplayRefused(String message) {
        super(message);
    }
}
