package com.marketplace.webhooks.domain;

/** The inbox could not be written or read: the database is down or unreachable. Stripe must retry (503). */
public class InboxUnavailable extends RuntimeException {

    public InboxUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
