package com.marketplace.platform.subscriptions.interfaces.rest;

/** The Stripe customer portal session to send the buyer to. */
public record PortalResponse(String url) {
}
