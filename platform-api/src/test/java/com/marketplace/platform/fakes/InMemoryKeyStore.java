package com.marketplace.platform.fakes;

import com.marketplace.platform.idempotency.domain.CallerScope;
import com.marketplace.platform.idempotency.domain.Claim;
import com.marketplace.platform.idempotency.domain.IdempotencyKey;
import com.marketplace.platform.idempotency.domain.KeyRecord;
import com.marketplace.platform.idempotency.domain.KeyStore;
import com.marketplace.platform.idempotency.domain.StoredResponse;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The key store as a map on (scope, key), with the table's unique key and token conditions. */
public class InMemoryKeyStore implements KeyStore {

    private final Map<String, KeyRecord> records = new LinkedHashMap<>();

    @Override
    public synchronized boolean insert(KeyRecord claim) {
        return records.putIfAbsent(id(claim.scope(), claim.key()), claim) == null;
    }

    @Override
    public synchronized Optional<KeyRecord> find(CallerScope scope, IdempotencyKey key) {
        return Optional.ofNullable(records.get(id(scope, key)));
    }

    @Override
    public synchronized boolean takeOver(String previousToken, KeyRecord claim) {
        KeyRecord current = records.get(id(claim.scope(), claim.key()));
        if (current == null || !current.claimToken().equals(previousToken)) {
            return false;
        }
        records.put(id(claim.scope(), claim.key()), claim);
        return true;
    }

    @Override
    public synchronized boolean complete(Claim claim, StoredResponse response) {
        KeyRecord current = records.get(id(claim.scope(), claim.key()));
        if (current == null || !current.claimToken().equals(claim.token()) || current.state() != KeyRecord.State.IN_PROGRESS) {
            return false;
        }
        records.put(id(claim.scope(), claim.key()), new KeyRecord(current.scope(), current.key(), current.request(), KeyRecord.State.DONE,
                current.claimToken(), current.leaseUntil(), Optional.of(response), current.createdAt(), current.expiresAt()));
        return true;
    }

    @Override
    public synchronized boolean release(Claim claim) {
        KeyRecord current = records.get(id(claim.scope(), claim.key()));
        if (current == null || !current.claimToken().equals(claim.token()) || current.state() != KeyRecord.State.IN_PROGRESS) {
            return false;
        }
        records.remove(id(claim.scope(), claim.key()));
        return true;
    }

    @Override
    public synchronized int purgeExpired(Instant now, int limit) {
        int deleted = 0;
        for (Iterator<KeyRecord> it = records.values().iterator(); it.hasNext() && deleted < limit; ) {
            if (it.next().expiresAt().isBefore(now)) {
                it.remove();
                deleted++;
            }
        }
        return deleted;
    }

    public synchronized int size() {
        return records.size();
    }

    private static String id(CallerScope scope, IdempotencyKey key) {
        return scope.value() + "\u0000" + key.value();
    }
}
