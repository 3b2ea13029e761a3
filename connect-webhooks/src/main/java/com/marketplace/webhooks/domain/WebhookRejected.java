package com.marketplace.webhooks.domain;

/** A delivery that must not be stored: unverifiable (401, Stripe must not be trusted) or not an event (400). */
public class WebhookRejected extends Exception {

    public enum Reason { SIGNATURE, MALFORMED }

    private final Reason reason;

    public WebhookRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
