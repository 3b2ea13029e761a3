package com.marketplace.web.it.support;

import com.marketplace.testsupport.SandboxStripe;

/**
 * The sandbox's webhook faults, for tests of the order in which the platform learns things:
 * hold every delivery and release them shuffled, or drop every event of a type (as when Stripe gave
 * up delivering one). Global to the sandbox: a test that sets one clears it after itself ({@link #clear}).
 */
public final class WebhookFaults {

    private WebhookFaults() {
    }

    /** Deliveries of events recorded from now on are kept back until {@link #releaseShuffled}. */
    public static void hold() {
        requireOk(Shop.stripe().helper("webhooks/faults", "hold", "true"), "hold webhooks");
    }

    /** Sends every held delivery, in a random order, and stops holding. */
    public static void releaseShuffled() {
        requireOk(Shop.stripe().helper("webhooks/release", "shuffle", "true"), "release webhooks");
    }

    /** Events of this type recorded from now on are never delivered. */
    public static void drop(String eventType) {
        requireOk(Shop.stripe().helper("webhooks/faults", "drop_type", eventType), "drop " + eventType);
    }

    /** No fault any more, and nothing left held back. */
    public static void clear() {
        requireOk(Shop.stripe().helper("webhooks/faults", "reset", "true"), "reset webhook faults");
        requireOk(Shop.stripe().helper("webhooks/release"), "release webhooks");
    }

    private static void requireOk(SandboxStripe.Raw raw, String what) {
        if (raw.status() != 200) {
            throw new AssertionError(what + ": HTTP " + raw.status() + " " + raw.body());
        }
    }
}
