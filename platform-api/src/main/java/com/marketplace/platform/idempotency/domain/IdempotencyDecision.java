package com.marketplace.platform.idempotency.domain;

/** What the door does with a request that brings a key. */
public sealed interface IdempotencyDecision {

    /** Do the work, then hand the answer back with this claim. */
    record Proceed(Claim claim) implements IdempotencyDecision {
    }

    /** Answer with what the first request answered; do nothing else. */
    record Replay(StoredResponse response) implements IdempotencyDecision {
    }

    /** The key was first used with another request (named by its method and path). */
    record OtherRequest(String method, String path) implements IdempotencyDecision {
    }

    /** A request with this key is still being worked on. */
    record InProgress() implements IdempotencyDecision {
    }
}
