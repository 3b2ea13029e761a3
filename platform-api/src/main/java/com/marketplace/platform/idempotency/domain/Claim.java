package com.marketplace.platform.idempotency.domain;

import java.util.Objects;

/** A request's hold on a key: only the holder of the token may record the answer or release it. */
public record Claim(CallerScope scope, IdempotencyKey key, String token) {

    public Claim {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(token, "token");
    }
}
