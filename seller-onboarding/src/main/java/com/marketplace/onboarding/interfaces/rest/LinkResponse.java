package com.marketplace.onboarding.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** A link into Stripe's hosted pages: open it at once, it works once and expires. */
@JsonbPropertyOrder({"kind", "url", "expiresAt", "message"})
public record LinkResponse(String kind, String url, Instant expiresAt, String message) {
}
