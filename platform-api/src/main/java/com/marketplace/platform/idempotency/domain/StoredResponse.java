package com.marketplace.platform.idempotency.domain;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer a key replays: status, content type, {@code Location} when there was one, and the body
 * bytes as they were sent.
 */
public record StoredResponse(int status, Optional<String> contentType, Optional<String> location, byte[] body) {

    private static final int TOO_MANY_REQUESTS = 429;

    public StoredResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(location, "location");
        body = body == null ? new byte[0] : body.clone();
    }

    /**
     * Whether the answer is the request's outcome, to be replayed for the key's lifetime: a success,
     * or a refusal of the request itself (a 4xx: validation, not found, not refundable), as Stripe
     * replays them. A 5xx, or a 429 that only says "not now", is no outcome: the key is released and
     * a retry with it does the work.
     */
    public boolean isOutcome() {
        return status >= 200 && status < 500 && status != TOO_MANY_REQUESTS && !(status >= 300 && status < 400);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredResponse that && status == that.status && contentType.equals(that.contentType)
                && location.equals(that.location) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, contentType, location, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "StoredResponse[" + status + ", " + contentType.orElse("no content type") + ", " + body.length + " bytes]";
    }
}
