package com.marketplace.webhooks.domain;

import java.util.Optional;

/**
 * What the inbox keeps of a delivery besides its bytes: the event's envelope. {@code data} is not
 * here; the handlers read it later from the stored payload.
 */
public record EventEnvelope(String id, String type, long created, boolean livemode, Optional<String> account, Optional<String> apiVersion) {

    public EventEnvelope {
        if (id == null || type == null || account == null || apiVersion == null) {
            throw new IllegalArgumentException("an event envelope has an id and a type");
        }
    }
}
