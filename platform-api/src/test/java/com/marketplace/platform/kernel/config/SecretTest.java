package com.marketplace.platform.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    void printingASecretShowsAtMostItsFirstSevenCharacters() {
        assertEquals("sk_live…", Secret.of("sk_live_" + "51-not-a-real-key").toString());
    }

    @Test
    void aShortSecretIsShownNoFurtherThanItsLength() {
        assertEquals("abc…", Secret.of("abc").masked());
    }

    @Test
    void theAdapterCanStillRevealTheValue() {
        assertEquals("sk_test_x", Secret.of("sk_test_x").reveal());
    }
}
