package com.marketplace.onboarding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.platform.sellers.ChargeType;
import org.junit.jupiter.api.Test;

class SellerProfileTest {

    private static SellerProfile profile(String email, String country, String currency) {
        return new SellerProfile(email, "  Ada's Shop ", country, currency, ChargeType.DIRECT);
    }

    @Test
    void emailIsTrimmedAndLowercased() {
        assertEquals("ada@example.com", profile("  Ada@Example.COM \t", "FR", "eur").email());
    }

    @Test
    void normalizeEmailMatchesWhatTheProfileStores() {
        assertEquals(profile(" ADA@example.com", "FR", "eur").email(), SellerProfile.normalizeEmail("ada@EXAMPLE.com  "));
    }

    @Test
    void countryIsUppercased() {
        assertEquals("FR", profile("ada@example.com", "fr", "eur").country());
    }

    @Test
    void currencyIsLowercased() {
        assertEquals("eur", profile("ada@example.com", "FR", "EUR").defaultCurrency());
    }

    @Test
    void displayNameIsTrimmed() {
        assertEquals("Ada's Shop", profile("ada@example.com", "FR", "eur").displayName());
    }

    @Test
    void aChargeTypeIsRequired() {
        assertThrows(NullPointerException.class, () -> new SellerProfile("ada@example.com", "Ada", "FR", "eur", null));
    }

    @Test
    void anEmailIsRequired() {
        assertThrows(NullPointerException.class, () -> profile(null, "FR", "eur"));
    }
}
