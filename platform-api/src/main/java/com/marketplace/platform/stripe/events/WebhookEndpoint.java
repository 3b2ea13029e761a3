package com.marketplace.platform.stripe.events;

import java.util.Locale;

/**
 * Which of the platform's two webhook endpoints an event arrived at. Events of the platform's own
 * objects (Destination charges) arrive at {@code PLATFORM}; events on connected accounts (Direct
 * charges, {@code account.updated}) arrive at {@code CONNECT}, with {@code event.account} set.
 */
public enum WebhookEndpoint {
    PLATFORM, CONNECT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WebhookEndpoint fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
