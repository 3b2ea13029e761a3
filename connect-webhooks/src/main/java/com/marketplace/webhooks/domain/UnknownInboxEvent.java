package com.marketplace.webhooks.domain;

/** An admin named an event the inbox never stored. */
public class UnknownInboxEvent extends RuntimeException {

    public UnknownInboxEvent(String eventId) {
        super("No stored webhook event " + eventId);
    }
}
