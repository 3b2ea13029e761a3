package com.marketplace.platform.idempotency.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One caller's key, as stored. Its lifecycle:
 * <ol>
 *   <li>claimed {@code IN_PROGRESS} by the first request that brings it (its {@code claimToken},
 *   a lease until {@code leaseUntil});</li>
 *   <li>{@code DONE} with the answer once that request ends with an outcome (a 2xx or 4xx), kept
 *   until {@code expiresAt}; or deleted when it ends with none (a 5xx, a crash it survived), so
 *   the client may retry;</li>
 *   <li>a claim whose request died with its instance is abandoned when its lease runs out, and a
 *   record past {@code expiresAt} is as good as gone: either is taken over by the next request.</li>
 * </ol>
 * {@link #judge} decides what a request that brings this key meets.
 */
public record KeyRecord(CallerScope scope, IdempotencyKey key, RequestFingerprint request, State state, String claimToken,
                        Instant leaseUntil, Optional<StoredResponse> response, Instant createdAt, Instant expiresAt) {

    public enum State { IN_PROGRESS, DONE }

    /** What a request with this key meets. */
    public enum Verdict {
        /** The same request finished: answer with what it answered. */
        REPLAY,
        /** The key names another request (method, path or body): refused. */
        OTHER_REQUEST,
        /** The same key is being worked on now: refused, retry later. */
        IN_PROGRESS,
        /** Abandoned or expired: the request may take the key over and do the work. */
        TAKE_OVER
    }

    public KeyRecord {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(claimToken, "claimToken");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if ((state == State.DONE) != response.isPresent()) {
            throw new IllegalArgumentException("a DONE key, and only a DONE key, holds its answer");
        }
    }

    /** A fresh claim of {@code key} by a request, held for {@code lease}, kept until {@code expiresAt}. */
    public static KeyRecord claim(CallerScope scope, IdempotencyKey key, RequestFingerprint request, String claimToken,
                                  Instant now, Instant leaseUntil, Instant expiresAt) {
        return new KeyRecord(scope, key, request, State.IN_PROGRESS, claimToken, leaseUntil, Optional.empty(), now, expiresAt);
    }

    public Verdict judge(RequestFingerprint incoming, Instant now) {
        if (!now.isBefore(expiresAt)) {
            return Verdict.TAKE_OVER;
        }
        if (!request.sameRequestAs(incoming)) {
            return Verdict.OTHER_REQUEST;
        }
        if (state == State.DONE) {
            return Verdict.REPLAY;
        }
        return now.isBefore(leaseUntil) ? Verdict.IN_PROGRESS : Verdict.TAKE_OVER;
    }
}
