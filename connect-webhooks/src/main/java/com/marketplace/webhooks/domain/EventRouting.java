package com.marketplace.webhooks.domain;

import com.marketplace.platform.stripe.events.WebhookEndpoint;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * At which of the two endpoints Stripe delivers an event type (DESIGN, "Charge types and where
 * their webhooks arrive"). Events about connected accounts themselves (account, capability,
 * person, payout) arrive only at the Connect endpoint; transfers and application fees live on
 * the platform; everything about payments arrives at both, depending on the charge type: the
 * platform endpoint for Destination charges and separate transfers, the Connect endpoint, with
 * {@code event.account} set, for Direct charges.
 */
public final class EventRouting {

    private static final List<String> CONNECT_ONLY = List.of("account.", "capability.", "person.", "payout.");
    private static final List<String> PLATFORM_ONLY = List.of("transfer.", "application_fee.");

    private EventRouting() {
    }

    public static Set<WebhookEndpoint> endpointsOf(String eventType) {
        if (CONNECT_ONLY.stream().anyMatch(eventType::startsWith)) {
            return EnumSet.of(WebhookEndpoint.CONNECT);
        }
        if (PLATFORM_ONLY.stream().anyMatch(eventType::startsWith)) {
            return EnumSet.of(WebhookEndpoint.PLATFORM);
        }
        return EnumSet.allOf(WebhookEndpoint.class);
    }

    /** The path Stripe posts an endpoint's events to. */
    public static String path(WebhookEndpoint endpoint) {
        return endpoint == WebhookEndpoint.CONNECT ? "/webhooks/stripe/connect" : "/webhooks/stripe";
    }
}
