package com.marketplace.platform.kernel.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which Stripe the marketplace talks to: the local sandbox, Stripe test mode, or live money. */
public enum MarketplaceMode {
    SANDBOX, TEST, LIVE;

    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<MarketplaceMode> parse(String value) {
        return Arrays.stream(values())
                .filter(mode -> mode.configValue().equals(value.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
