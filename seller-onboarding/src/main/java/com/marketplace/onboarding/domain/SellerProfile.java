package com.marketplace.onboarding.domain;

import com.marketplace.platform.sellers.ChargeType;
import java.util.Locale;
import java.util.Objects;

/** What a seller tells the platform about themselves at registration (validated at the API edge). */
public record SellerProfile(String email, String displayName, String country, String defaultCurrency, ChargeType chargeType) {

    public SellerProfile {
        email = normalizeEmail(email);
        displayName = Objects.requireNonNull(displayName, "displayName").strip();
        country = Objects.requireNonNull(country, "country").toUpperCase(Locale.ROOT);
        defaultCurrency = Objects.requireNonNull(defaultCurrency, "defaultCurrency").toLowerCase(Locale.ROOT);
        Objects.requireNonNull(chargeType, "chargeType");
    }

    /** Emails compare case-insensitively: one seller per mailbox, however it is typed. */
    public static String normalizeEmail(String email) {
        return Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
    }
}
