package com.marketplace.web.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.config.InvalidConfigurationException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecuritySettingsTest {

    private static SecuritySettings with(Map<String, String> values) {
        return new SecuritySettings(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void theDefaultsTrustNoProxyAndLimitTheApiBodyTo64KiB() {
        SecuritySettings defaults = with(Map.of());

        assertDoesNotThrow(defaults::verify);
        assertTrue(defaults.trustedProxies().isEmpty());
        assertEquals(64 * 1024, defaults.apiMaxBodyBytes());
    }

    @Test
    void aLimitThatIsNotAPositiveWholeNumberIsRefusedNamingTheKey() {
        InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                () -> with(Map.of("RATE_LIMIT_CHECKOUTS_PER_MINUTE", "0")).verify());

        assertTrue(refused.getMessage().contains("RATE_LIMIT_CHECKOUTS_PER_MINUTE"), refused.getMessage());
        assertThrows(InvalidConfigurationException.class, () -> with(Map.of("API_MAX_BODY_BYTES", "64k")).verify());
    }

    @Test
    void aMalformedTrustedProxyIsRefusedNamingTheKeyAndTheEntry() {
        InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                () -> with(Map.of("TRUSTED_PROXIES", "10.0.0.0/8, lb.internal")).verify());

        assertTrue(refused.getMessage().contains("TRUSTED_PROXIES") && refused.getMessage().contains("lb.internal"), refused.getMessage());
    }
}
