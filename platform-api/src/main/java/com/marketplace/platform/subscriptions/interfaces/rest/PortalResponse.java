package com.marketplace.platform.subscriptions.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** The Stripe customer portal session to send the buyer to. */
public record PortalResponse(@Schema(example = "https://billing.stripe.com/p/session/test_a1b2c3") String url) {
}
