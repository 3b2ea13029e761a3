package com.marketplace.benchmarks.support;

import com.marketplace.testsupport.SignedEvents;

/** The two endpoints' signing secrets, as the application under test is configured with them. */
public record WebhookSecrets(String platform, String connect) {

    public static WebhookSecrets sandboxDefaults() {
        return new WebhookSecrets(SignedEvents.PLATFORM_SECRET, SignedEvents.CONNECT_SECRET);
    }
}
