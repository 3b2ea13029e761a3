package com.marketplace.onboarding.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.security.PasswordHasher;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Pbkdf2PasswordsTest {

    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final String PASSWORD = "correct horse battery staple";

    // Each hash takes 210,000 iterations: hash once and share it.
    private static String stored;

    @BeforeAll
    static void hashOnce() {
        stored = HASHER.hash(PASSWORD);
    }

    @Test
    void aHashVerifiesItsPassword() {
        assertTrue(HASHER.verify(PASSWORD, stored));
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        assertFalse(HASHER.verify("correct horse battery stapler", stored));
        assertFalse(HASHER.verify("", stored));
    }

    @Test
    void twoHashesOfOnePasswordDifferByTheirSalt() {
        String other = HASHER.hash(PASSWORD);

        assertNotEquals(stored, other);
        assertNotEquals(stored.split(":")[2], other.split(":")[2]);
        assertTrue(HASHER.verify(PASSWORD, other));
    }

    @Test
    void theFormatIsAlgorithmIterationsSaltAndHash() {
        String[] parts = stored.split(":");

        assertEquals(4, parts.length);
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:210000:"), stored);
        assertEquals(32, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(64, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void aStoredHashThatIsNotInTheFormatDoesNotVerify() {
        assertFalse(HASHER.verify(PASSWORD, "not a hash"));
        assertFalse(HASHER.verify(PASSWORD, ""));
        assertFalse(HASHER.verify(PASSWORD, "PBKDF2WithHmacSHA512:210000:c2FsdA=="));
    }

    @Test
    void aHashOfAnotherAlgorithmDoesNotVerify() {
        String otherAlgorithm = stored.replace("PBKDF2WithHmacSHA512", "PBKDF2WithHmacSHA256");

        assertFalse(HASHER.verify(PASSWORD, otherAlgorithm));
    }

    @Test
    void aTamperedHashDoesNotVerify() {
        String[] parts = stored.split(":");
        byte[] hash = Base64.getDecoder().decode(parts[3]);
        hash[0] ^= 1;
        String tampered = parts[0] + ":" + parts[1] + ":" + parts[2] + ":" + Base64.getEncoder().encodeToString(hash);

        assertFalse(HASHER.verify(PASSWORD, tampered));
    }

    @Test
    void aCorruptedHashInTheRightShapeDoesNotVerify() {
        assertFalse(HASHER.verify(PASSWORD, "PBKDF2WithHmacSHA512:many:c2FsdA==:aGFzaA=="));
        assertFalse(HASHER.verify(PASSWORD, "PBKDF2WithHmacSHA512:210000:not base64!:aGFzaA=="));
        assertFalse(HASHER.verify(PASSWORD, "PBKDF2WithHmacSHA512:0:c2FsdA==:aGFzaA=="));
    }
}
