package com.marketplace.platform.idempotency.domain;

import java.util.Objects;

/**
 * The client's {@code Idempotency-Key}: 1 to 255 printable ASCII characters (a UUID is the usual
 * choice), compared exactly, case included. Only ASCII, because an HTTP header carries no other
 * text reliably.
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("an idempotency key is 1 to " + MAX_LENGTH + " printable ASCII characters");
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && !value.isEmpty() && value.length() <= MAX_LENGTH && value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }
}
