package com.marketplace.platform.orders.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuyerTokenTest {

    @Test
    void aGeneratedTokenIs43UrlSafeCharacters() {
        String token = BuyerToken.generate();

        assertEquals(43, token.length()); // 32 bytes, base64 without padding
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
    }

    @Test
    void generatedTokensDiffer() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            tokens.add(BuyerToken.generate());
        }
        assertEquals(100, tokens.size());
    }

    @Test
    void aTokensHashIs64LowercaseHexCharacters() {
        assertTrue(BuyerToken.hashOf(BuyerToken.generate()).matches("[0-9a-f]{64}"));
    }

    @Test
    void aTokensHashIsItsSha256() {
        // SHA-256 of "abc" (FIPS 180-2 test vector).
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", BuyerToken.hashOf("abc"));
    }

    @Test
    void aTokenAlwaysHashesTheSameAndDifferentTokensHashDifferently() {
        String token = BuyerToken.generate();

        assertEquals(BuyerToken.hashOf(token), BuyerToken.hashOf(token));
        assertNotEquals(BuyerToken.hashOf(token), BuyerToken.hashOf(BuyerToken.generate()));
    }

    @Test
    void theRightTokenMatchesItsStoredHash() {
        String token = BuyerToken.generate();

        assertTrue(BuyerToken.matches(token, BuyerToken.hashOf(token)));
    }

    @Test
    void anotherTokenDoesNotMatch() {
        String stored = BuyerToken.hashOf(BuyerToken.generate());

        assertFalse(BuyerToken.matches(BuyerToken.generate(), stored));
    }

    @Test
    void noTokenOrAnEmptyOneDoesNotMatch() {
        String stored = BuyerToken.hashOf(BuyerToken.generate());

        assertFalse(BuyerToken.matches(null, stored));
        assertFalse(BuyerToken.matches("", stored));
    }

    @Test
    void anEmptyTokenDoesNotMatchEvenTheHashOfTheEmptyString() {
        assertFalse(BuyerToken.matches("", BuyerToken.hashOf("")));
    }

    @Test
    void noStoredHashMatchesNothing() {
        assertFalse(BuyerToken.matches(BuyerToken.generate(), null));
    }

    @Test
    void theStoredHashItselfPresentedAsATokenDoesNotMatch() {
        String stored = BuyerToken.hashOf(BuyerToken.generate());

        assertFalse(BuyerToken.matches(stored, stored));
    }
}
