package com.marketplace.web.security;

import com.marketplace.platform.kernel.config.InvalidConfigurationException;
import com.marketplace.platform.kernel.config.MarketplaceConfig.AdminCredentials;
import com.marketplace.platform.kernel.config.MarketplaceMode;
import java.util.Optional;

/**
 * The first admin's password, when it guards real money: in test and live mode, at least
 * {@value #MIN_LENGTH} characters, the same floor as sellers' passwords. The local sandbox moves
 * no money, so a short development password is still accepted there.
 */
public final class AdminPasswordPolicy {

    static final int MIN_LENGTH = 12;

    private AdminPasswordPolicy() {
    }

    /** Throws when the configured admin password is too short for the mode; says so without its length or content. */
    public static void check(MarketplaceMode mode, Optional<AdminCredentials> admin) {
        if (mode == MarketplaceMode.SANDBOX || admin.isEmpty()) {
            return;
        }
        String password = admin.get().password().reveal();
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidConfigurationException("ADMIN_PASSWORD must have at least " + MIN_LENGTH + " characters in "
                    + mode.configValue() + " mode");
        }
    }
}
