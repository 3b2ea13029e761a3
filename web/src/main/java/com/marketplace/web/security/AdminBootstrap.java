package com.marketplace.web.security;

import com.marketplace.platform.kernel.config.MarketplaceConfig.AdminCredentials;
import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.kernel.lifecycle.MarketplaceStarted;
import com.marketplace.platform.kernel.security.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Makes the admin named by {@code ADMIN_EMAIL} / {@code ADMIN_PASSWORD} exist once the database is
 * migrated. The configuration stays the truth for the admin: when the configured password no
 * longer matches the stored hash, the hash is replaced, so an operator rotates it by restarting;
 * when {@code ADMIN_EMAIL} names someone else, the admin it named before is disabled (an operator
 * who hands the keys over must not leave the old ones working), and enabled again if named again.
 * Without the two keys nothing changes.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    MarketplaceConfig config;

    @Inject
    AdminAccounts accounts;

    @Inject
    PasswordHasher passwords;

    void onStart(@Observes MarketplaceStarted started) {
        bootstrap(config.adminCredentials(), Instant.now());
    }

    void bootstrap(Optional<AdminCredentials> configured, Instant now) {
        if (configured.isEmpty()) {
            LOG.warning("ADMIN_EMAIL / ADMIN_PASSWORD are not set: no admin is created from the configuration");
            return;
        }
        String email = configured.get().email();
        String password = configured.get().password().reveal();
        Optional<String> stored = accounts.passwordHash(email);
        if (stored.isEmpty() || !passwords.verify(password, stored.get())) {
            accounts.save(email, passwords.hash(password), now);
            LOG.info((stored.isPresent() ? "Admin password updated from the configuration for " : "Admin enabled from the configuration: ")
                    + email);
        }
        for (String previous : accounts.disableAllBut(email, now)) {
            LOG.warning("Admin " + previous + " disabled: ADMIN_EMAIL names " + email + " now");
        }
    }
}
