package com.marketplace.platform.idempotency.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.marketplace.platform.fakes.InMemoryKeyStore;
import com.marketplace.platform.idempotency.domain.CallerScope;
import com.marketplace.platform.idempotency.domain.IdempotencyDecision;
import com.marketplace.platform.idempotency.domain.IdempotencyKey;
import com.marketplace.platform.idempotency.domain.RequestFingerprint;
import com.marketplace.platform.idempotency.domain.StoredResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decisions of the inbound idempotency use case, on an in-memory key store. */
class IdempotentRequestsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final CallerScope SELLER = new CallerScope("seller:7");
    private static final IdempotencyKey KEY = new IdempotencyKey("5b0c1f6e-2a7d-4c55-9d0e-2f4f7d1f8a01");
    private static final RequestFingerprint REFUND_500 = request("POST", "/api/orders/12/refund", "{\"amount\":500}");
    private static final StoredResponse REFUNDED = new StoredResponse(200, Optional.of("application/json"), Optional.empty(),
            "{\"amount\":500}".getBytes(StandardCharsets.UTF_8));

    private final InMemoryKeyStore store = new InMemoryKeyStore();
    private final IdempotentRequests requests = new IdempotentRequests(store, new FixedSettings());

    @Test
    void theFirstRequestWithAKeyClaimsItAndProceeds() {
        assertInstanceOf(IdempotencyDecision.Proceed.class, requests.begin(SELLER, KEY, REFUND_500, T0));
        assertEquals(1, store.size());
    }

    @Test
    void theSameRequestAfterTheFirstFinishedReplaysItsAnswer() {
        finishFirst(REFUNDED);

        IdempotencyDecision second = requests.begin(SELLER, KEY, REFUND_500, T0.plusSeconds(5));

        StoredResponse replayed = assertInstanceOf(IdempotencyDecision.Replay.class, second).response();
        assertEquals(200, replayed.status());
        assertArrayEquals(REFUNDED.body(), replayed.body());
    }

    @Test
    void aRefusalOfTheRequestItselfIsReplayedToo() {
        StoredResponse refused = new StoredResponse(409, Optional.of("application/json"), Optional.empty(), "{}".getBytes(StandardCharsets.UTF_8));
        finishFirst(refused);

        assertEquals(refused, assertInstanceOf(IdempotencyDecision.Replay.class, requests.begin(SELLER, KEY, REFUND_500, T0)).response());
    }

    @Test
    void theKeyWithAnotherBodyIsRefusedNamingTheFirstRequest() {
        finishFirst(REFUNDED);

        IdempotencyDecision other = requests.begin(SELLER, KEY, request("POST", "/api/orders/12/refund", "{\"amount\":600}"), T0);

        IdempotencyDecision.OtherRequest refused = assertInstanceOf(IdempotencyDecision.OtherRequest.class, other);
        assertEquals("POST", refused.method());
        assertEquals("/api/orders/12/refund", refused.path());
    }

    @Test
    void theKeyOnAnotherPathOrMethodIsRefused() {
        finishFirst(REFUNDED);

        assertInstanceOf(IdempotencyDecision.OtherRequest.class,
                requests.begin(SELLER, KEY, request("POST", "/api/orders/13/refund", "{\"amount\":500}"), T0));
        assertInstanceOf(IdempotencyDecision.OtherRequest.class,
                requests.begin(SELLER, KEY, request("PUT", "/api/orders/12/refund", "{\"amount\":500}"), T0));
    }

    @Test
    void theSameRequestWhileTheFirstIsStillWorkingIsInProgress() {
        requests.begin(SELLER, KEY, REFUND_500, T0);

        assertInstanceOf(IdempotencyDecision.InProgress.class, requests.begin(SELLER, KEY, REFUND_500, T0.plusSeconds(59)));
    }

    @Test
    void aClaimPastItsLeaseIsAbandonedAndTakenOverByTheNextRequest() {
        IdempotencyDecision.Proceed first = (IdempotencyDecision.Proceed) requests.begin(SELLER, KEY, REFUND_500, T0);

        IdempotencyDecision second = requests.begin(SELLER, KEY, REFUND_500, T0.plus(FixedSettings.LEASE));

        IdempotencyDecision.Proceed taken = assertInstanceOf(IdempotencyDecision.Proceed.class, second);
        assertNotEquals(first.claim().token(), taken.claim().token());
        requests.finish(first.claim(), REFUNDED);
        assertInstanceOf(IdempotencyDecision.InProgress.class, requests.begin(SELLER, KEY, REFUND_500, T0.plus(FixedSettings.LEASE)),
                "the late first request must not record its answer over the new holder's claim");
    }

    @Test
    void aFailureWithoutAnOutcomeReleasesTheKeyForARetry() {
        IdempotencyDecision.Proceed first = (IdempotencyDecision.Proceed) requests.begin(SELLER, KEY, REFUND_500, T0);

        requests.finish(first.claim(), new StoredResponse(503, Optional.of("application/json"), Optional.empty(), new byte[0]));

        assertEquals(0, store.size());
        assertInstanceOf(IdempotencyDecision.Proceed.class, requests.begin(SELLER, KEY, REFUND_500, T0.plusSeconds(1)));
    }

    @Test
    void anAbandonedRequestReleasesTheKey() {
        IdempotencyDecision.Proceed first = (IdempotencyDecision.Proceed) requests.begin(SELLER, KEY, REFUND_500, T0);

        requests.abandon(first.claim());

        assertInstanceOf(IdempotencyDecision.Proceed.class, requests.begin(SELLER, KEY, REFUND_500, T0.plusSeconds(1)));
    }

    @Test
    void aTooManyRequestsAnswerIsNoOutcomeAndIsNotKept() {
        IdempotencyDecision.Proceed first = (IdempotencyDecision.Proceed) requests.begin(SELLER, KEY, REFUND_500, T0);

        requests.finish(first.claim(), new StoredResponse(429, Optional.empty(), Optional.empty(), new byte[0]));

        assertEquals(0, store.size());
    }

    @Test
    void keysArePerCaller() {
        finishFirst(REFUNDED);

        assertInstanceOf(IdempotencyDecision.Proceed.class, requests.begin(new CallerScope("seller:8"), KEY, REFUND_500, T0));
        assertInstanceOf(IdempotencyDecision.Proceed.class, requests.begin(CallerScope.anonymous(), KEY, REFUND_500, T0));
    }

    @Test
    void anExpiredKeyIsUsableAgainForAnyRequestAndPurged() {
        finishFirst(REFUNDED);
        Instant expired = T0.plus(FixedSettings.TTL);

        assertInstanceOf(IdempotencyDecision.Proceed.class,
                requests.begin(SELLER, KEY, request("POST", "/api/checkout", "{}"), expired));
        assertEquals(0, requests.purgeExpired(expired.plusSeconds(1)), "the taken-over key lives on");
        assertEquals(1, requests.purgeExpired(expired.plus(FixedSettings.TTL).plusSeconds(1)));
    }

    @Test
    void thePurgeDeletesInBatchesUntilNoneIsLeft() {
        for (int i = 0; i < 7; i++) {
            requests.begin(SELLER, new IdempotencyKey("key-" + i), REFUND_500, T0);
        }

        assertEquals(7, requests.purgeExpired(T0.plus(FixedSettings.TTL).plusSeconds(1)));
        assertEquals(0, store.size());
    }

    private void finishFirst(StoredResponse answer) {
        IdempotencyDecision.Proceed first = assertInstanceOf(IdempotencyDecision.Proceed.class, requests.begin(SELLER, KEY, REFUND_500, T0));
        requests.finish(first.claim(), answer);
    }

    private static RequestFingerprint request(String method, String path, String body) {
        return RequestFingerprint.of(method, path, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A 60 s lease, 24 h kept, purged 3 at a time. */
    private static final class FixedSettings extends IdempotencySettings {

        static final Duration LEASE = Duration.ofSeconds(60);
        static final Duration TTL = Duration.ofHours(24);

        @Override
        public Duration ttl() {
            return TTL;
        }

        @Override
        public Duration lease() {
            return LEASE;
        }

        @Override
        public int purgeBatch() {
            return 3;
        }
    }
}
