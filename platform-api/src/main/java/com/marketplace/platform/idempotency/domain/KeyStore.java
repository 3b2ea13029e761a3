package com.marketplace.platform.idempotency.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Where keys are kept (the table {@code idempotency_keys}). Every method is one short transaction
 * of its own, committed before it returns, never the request's: a claim must be visible to a
 * concurrent duplicate before the work starts, and must survive the work's rollback.
 */
public interface KeyStore {

    /** Inserts a new claim; false when the caller already has a record of this key (the unique key decides). */
    boolean insert(KeyRecord claim);

    Optional<KeyRecord> find(CallerScope scope, IdempotencyKey key);

    /** Replaces the record held under {@code previousToken} by a new claim; false when someone else changed it first. */
    boolean takeOver(String previousToken, KeyRecord claim);

    /** Records the answer of the claim; false when the claim is no longer the holder's (taken over). */
    boolean complete(Claim claim, StoredResponse response);

    /** Deletes the claim, so the key may be used again; false when it was not the holder's any more. */
    boolean release(Claim claim);

    /** Deletes at most {@code limit} records expired before {@code now}; answers how many. */
    int purgeExpired(Instant now, int limit);
}
