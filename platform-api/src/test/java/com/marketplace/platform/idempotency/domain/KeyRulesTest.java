package com.marketplace.platform.idempotency.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a key may be, what counts as the same request, and which answers are outcomes. */
class KeyRulesTest {

    @Test
    void aKeyIsOneTo255PrintableAsciiCharacters() {
        assertTrue(IdempotencyKey.isWellFormed("5b0c1f6e-2a7d-4c55-9d0e-2f4f7d1f8a01"));
        assertTrue(IdempotencyKey.isWellFormed("k".repeat(255)));
        assertFalse(IdempotencyKey.isWellFormed("k".repeat(256)));
        assertFalse(IdempotencyKey.isWellFormed(""));
        assertFalse(IdempotencyKey.isWellFormed("clé"));
        assertFalse(IdempotencyKey.isWellFormed("tab\there"));
    }

    @Test
    void theBodyMethodAndPathAllMakeTheRequest() {
        RequestFingerprint refund = RequestFingerprint.of("POST", "/api/orders/1/refund", bytes("{\"amount\":500}"));

        assertTrue(refund.sameRequestAs(RequestFingerprint.of("POST", "/api/orders/1/refund", bytes("{\"amount\":500}"))));
        assertFalse(refund.sameRequestAs(RequestFingerprint.of("POST", "/api/orders/1/refund", bytes("{\"amount\": 500}"))));
        assertFalse(refund.sameRequestAs(RequestFingerprint.of("POST", "/api/orders/2/refund", bytes("{\"amount\":500}"))));
        assertFalse(refund.sameRequestAs(RequestFingerprint.of("PATCH", "/api/orders/1/refund", bytes("{\"amount\":500}"))));
        // The separator keeps a path ending and a body starting from trading places.
        assertNotEquals(RequestFingerprint.of("POST", "/a", bytes("b")).hash(), RequestFingerprint.of("POST", "/ab", bytes("")).hash());
    }

    @Test
    void successesAndRefusalsAreOutcomesButServerErrorsAndTooManyRequestsAreNot() {
        assertTrue(answer(200).isOutcome());
        assertTrue(answer(201).isOutcome());
        assertTrue(answer(400).isOutcome());
        assertTrue(answer(409).isOutcome());
        assertFalse(answer(429).isOutcome());
        assertFalse(answer(500).isOutcome());
        assertFalse(answer(502).isOutcome());
        assertFalse(answer(503).isOutcome());
    }

    private static StoredResponse answer(int status) {
        return new StoredResponse(status, Optional.empty(), Optional.empty(), new byte[0]);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
