package com.marketplace.platform.idempotency.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.idempotency.domain.CallerScope;
import com.marketplace.platform.idempotency.domain.Claim;
import com.marketplace.platform.idempotency.domain.IdempotencyKey;
import com.marketplace.platform.idempotency.domain.KeyRecord;
import com.marketplace.platform.idempotency.domain.RequestFingerprint;
import com.marketplace.platform.idempotency.domain.StoredResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The key store's SQL on the embedded database (H2 in MySQL mode, as bin/run runs it), on the table
 * the V22 migration creates: one record per caller and key, changes only by the claim's holder,
 * the purge in batches. (MariaDB runs the same SQL in the integration tests.)
 */
class JdbcKeyStoreTest {

    private static final Path MIGRATION = Path.of("../db-migrations/src/main/resources/db/migration/V22__idempotency_keys.sql");
    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");
    private static final CallerScope SELLER = new CallerScope("seller:1");
    private static final IdempotencyKey KEY = new IdempotencyKey("b3a2e1f0-0000-4000-8000-000000000001");
    private static final RequestFingerprint CHECKOUT = RequestFingerprint.of("POST", "/api/checkout",
            "{\"productId\":1,\"quantity\":1}".getBytes(StandardCharsets.UTF_8));

    private final JdbcKeyStore store = new JdbcKeyStore();

    @BeforeEach
    void aFreshDatabase() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:keys-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : Files.readString(MIGRATION).replaceAll("(?m)--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
        store.dataSource = h2;
    }

    private static KeyRecord claim(CallerScope scope, IdempotencyKey key, String token, Instant expiresAt) {
        return KeyRecord.claim(scope, key, CHECKOUT, token, NOW, NOW.plusSeconds(60), expiresAt);
    }

    @Test
    void aKeyIsClaimedOncePerCallerAndComparedCaseAndAll() {
        assertTrue(store.insert(claim(SELLER, KEY, "t1", NOW.plusSeconds(86_400))));
        assertFalse(store.insert(claim(SELLER, KEY, "t2", NOW.plusSeconds(86_400))), "the unique key decides");
        assertTrue(store.insert(claim(new CallerScope("seller:2"), KEY, "t3", NOW.plusSeconds(86_400))), "another caller's key");
        assertTrue(store.insert(claim(SELLER, new IdempotencyKey(KEY.value().toUpperCase()), "t4", NOW.plusSeconds(86_400))),
                "keys differ by case");

        KeyRecord found = store.find(SELLER, KEY).orElseThrow();
        assertEquals("t1", found.claimToken());
        assertEquals(KeyRecord.State.IN_PROGRESS, found.state());
        assertEquals(CHECKOUT, found.request());
        assertEquals(NOW.plusSeconds(60), found.leaseUntil());
    }

    @Test
    void onlyTheHolderRecordsTheAnswerWhichIsReadBackByteForByte() {
        store.insert(claim(SELLER, KEY, "t1", NOW.plusSeconds(86_400)));
        byte[] body = "{\"orderId\":7,\"name\":\"Bol \u00e0 th\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        StoredResponse created = new StoredResponse(201, Optional.of("application/json"), Optional.of("http://x/api/orders/7"), body);

        assertFalse(store.complete(new Claim(SELLER, KEY, "someone-else"), created));
        assertTrue(store.complete(new Claim(SELLER, KEY, "t1"), created));
        assertFalse(store.release(new Claim(SELLER, KEY, "t1")), "a DONE key is never released");

        KeyRecord done = store.find(SELLER, KEY).orElseThrow();
        assertEquals(KeyRecord.State.DONE, done.state());
        assertEquals(201, done.response().orElseThrow().status());
        assertEquals(Optional.of("http://x/api/orders/7"), done.response().orElseThrow().location());
        assertArrayEquals(body, done.response().orElseThrow().body());
    }

    @Test
    void aTakeOverNeedsTheTokenItSawAndLeavesTheOldHolderNothing() {
        store.insert(claim(SELLER, KEY, "t1", NOW.plusSeconds(86_400)));

        assertFalse(store.takeOver("stale", claim(SELLER, KEY, "t2", NOW.plusSeconds(90_000))));
        assertTrue(store.takeOver("t1", claim(SELLER, KEY, "t2", NOW.plusSeconds(90_000))));

        assertFalse(store.release(new Claim(SELLER, KEY, "t1")));
        assertFalse(store.complete(new Claim(SELLER, KEY, "t1"), new StoredResponse(200, Optional.empty(), Optional.empty(), new byte[0])));
        assertEquals("t2", store.find(SELLER, KEY).orElseThrow().claimToken());
        assertTrue(store.release(new Claim(SELLER, KEY, "t2")));
        assertTrue(store.find(SELLER, KEY).isEmpty());
    }

    @Test
    void thePurgeDeletesOnlyExpiredKeysAtMostABatchAtATime() {
        for (int i = 0; i < 5; i++) {
            store.insert(claim(SELLER, new IdempotencyKey("old-" + i), "t" + i, NOW.minusSeconds(1)));
        }
        store.insert(claim(SELLER, KEY, "fresh", NOW.plusSeconds(86_400)));

        assertEquals(3, store.purgeExpired(NOW, 3));
        assertEquals(2, store.purgeExpired(NOW, 3));
        assertEquals(0, store.purgeExpired(NOW, 3));
        assertTrue(store.find(SELLER, KEY).isPresent());
    }
}
