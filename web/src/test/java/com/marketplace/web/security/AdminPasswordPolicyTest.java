package com.marketplace.web.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.platform.kernel.config.InvalidConfigurationException;
import com.marketplace.platform.kernel.config.MarketplaceConfig.AdminCredentials;
import com.marketplace.platform.kernel.config.MarketplaceMode;
import com.marketplace.platform.kernel.config.Secret;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

class AdminPasswordPolicyTest {

    private static Optional<AdminCredentials> admin(String password) {
        return Optional.of(new AdminCredentials("admin@example.com", Secret.of(password)));
    }

    @ParameterizedTest
    @EnumSource(value = MarketplaceMode.class, names = {"TEST", "LIVE"})
    void withRealStripeAPasswordShorterThanTwelveCharactersIsRefusedWithoutSayingIt(MarketplaceMode mode) {
        InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                () -> AdminPasswordPolicy.check(mode, admin("elevenchars")));

        assertEquals("ADMIN_PASSWORD must have at least 12 characters in " + mode.configValue() + " mode", refused.getMessage());
        assertFalse(refused.getMessage().contains("elevenchars"));
    }

    @ParameterizedTest
    @EnumSource(value = MarketplaceMode.class, names = {"TEST", "LIVE"})
    void twelveCharactersAreEnoughCountingCharactersNotBytes(MarketplaceMode mode) {
        assertDoesNotThrow(() -> AdminPasswordPolicy.check(mode, admin("twelve chars")));
        assertDoesNotThrow(() -> AdminPasswordPolicy.check(mode, admin("ééééééééééé€")));
        assertThrows(InvalidConfigurationException.class, () -> AdminPasswordPolicy.check(mode, admin("😀😀😀😀😀😀")),
                "six characters, twelve UTF-16 units");
    }

    @ParameterizedTest
    @EnumSource(value = MarketplaceMode.class, names = "SANDBOX")
    void theSandboxAcceptsAShortDevelopmentPassword(MarketplaceMode mode) {
        assertDoesNotThrow(() -> AdminPasswordPolicy.check(mode, admin("admin")));
    }

    @ParameterizedTest
    @EnumSource(value = MarketplaceMode.class, mode = Mode.INCLUDE, names = {"SANDBOX", "TEST", "LIVE"})
    void noConfiguredAdminIsNoProblem(MarketplaceMode mode) {
        assertDoesNotThrow(() -> AdminPasswordPolicy.check(mode, Optional.empty()));
    }
}
