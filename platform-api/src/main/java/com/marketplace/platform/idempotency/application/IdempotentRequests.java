package com.marketplace.platform.idempotency.application;

import com.marketplace.platform.idempotency.domain.CallerScope;
import com.marketplace.platform.idempotency.domain.Claim;
import com.marketplace.platform.idempotency.domain.IdempotencyDecision;
import com.marketplace.platform.idempotency.domain.IdempotencyKey;
import com.marketplace.platform.idempotency.domain.KeyRecord;
import com.marketplace.platform.idempotency.domain.KeyStore;
import com.marketplace.platform.idempotency.domain.RequestFingerprint;
import com.marketplace.platform.idempotency.domain.StoredResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The inbound idempotency use case, one door (the API's filter) for every write: {@link #begin}
 * before the work, then {@link #finish} with its answer or {@link #abandon} when it failed.
 * The claim is an INSERT on the unique (caller, key): of concurrent duplicates exactly one does the
 * work, wherever they run, because the database decides.
 */
@ApplicationScoped
public class IdempotentRequests {

    private static final Logger LOG = Logger.getLogger(IdempotentRequests.class.getName());
    // A record can vanish between our failed INSERT and our read (its request released it, the purge
    // took it): then we simply try again, a few times at most.
    private static final int ATTEMPTS = 3;

    private KeyStore store;
    private IdempotencySettings settings;

    protected IdempotentRequests() {
        // for CDI proxies
    }

    @Inject
    public IdempotentRequests(KeyStore store, IdempotencySettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public IdempotencyDecision begin(CallerScope scope, IdempotencyKey key, RequestFingerprint request, Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            KeyRecord claim = KeyRecord.claim(scope, key, request, UUID.randomUUID().toString(), now,
                    now.plus(settings.lease()), now.plus(settings.ttl()));
            if (store.insert(claim)) {
                return proceed(claim);
            }
            Optional<KeyRecord> existing = store.find(scope, key);
            if (existing.isEmpty()) {
                continue;
            }
            KeyRecord found = existing.get();
            switch (found.judge(request, now)) {
                case REPLAY:
                    return new IdempotencyDecision.Replay(found.response().orElseThrow());
                case OTHER_REQUEST:
                    return new IdempotencyDecision.OtherRequest(found.request().method(), found.request().path());
                case IN_PROGRESS:
                    return new IdempotencyDecision.InProgress();
                case TAKE_OVER:
                    if (store.takeOver(found.claimToken(), claim)) {
                        return proceed(claim);
                    }
                    break;
                default:
                    throw new IllegalStateException("unknown verdict");
            }
        }
        // Lost every race for the key: someone else is working on it right now.
        return new IdempotencyDecision.InProgress();
    }

    /** The work answered: kept when it is the request's outcome, else the key is released for a retry. */
    public void finish(Claim claim, StoredResponse response) {
        if (!response.isOutcome()) {
            abandon(claim);
            return;
        }
        if (!store.complete(claim, response)) {
            LOG.warning("an idempotent request outlived its lease and another took its key over; its answer is not stored");
        }
    }

    /** The work failed without an outcome (an exception, a 5xx): the key is free again. */
    public void abandon(Claim claim) {
        store.release(claim);
    }

    /** Deletes expired keys in batches; answers how many went. */
    public int purgeExpired(Instant now) {
        int batch = settings.purgeBatch();
        int total = 0;
        int deleted;
        do {
            deleted = store.purgeExpired(now, batch);
            total += deleted;
        } while (deleted == batch);
        return total;
    }

    private static IdempotencyDecision proceed(KeyRecord claim) {
        return new IdempotencyDecision.Proceed(new Claim(claim.scope(), claim.key(), claim.claimToken()));
    }
}
