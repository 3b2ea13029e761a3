package com.marketplace.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.config.MarketplaceConfig.AdminCredentials;
import com.marketplace.platform.kernel.config.Secret;
import com.marketplace.platform.kernel.security.PasswordHasher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bootstrap's rules on in-memory admin accounts (the JDBC table and a real start-up: SecondInstanceIT.AdminBootstrap). */
class AdminBootstrapTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final InMemoryAdmins admins = new InMemoryAdmins();
    private final AdminBootstrap bootstrap = new AdminBootstrap();

    @BeforeEach
    void wiring() {
        bootstrap.accounts = admins;
        bootstrap.passwords = new PlainHashing();
    }

    private static Optional<AdminCredentials> configured(String email, String password) {
        return Optional.of(new AdminCredentials(email, Secret.of(password)));
    }

    @Test
    void theConfiguredAdminIsCreated() {
        bootstrap.bootstrap(configured("first@example.com", "first password"), NOW);

        assertEquals(Optional.of("hashed:first password"), admins.passwordHash("first@example.com"));
    }

    @Test
    void whenAdminEmailChangesThePreviousAdminIsDisabledAndTheNewOneCreated() {
        bootstrap.bootstrap(configured("first@example.com", "first password"), NOW);

        bootstrap.bootstrap(configured("second@example.com", "second password"), NOW);

        assertEquals(Optional.empty(), admins.passwordHash("first@example.com"), "the previous admin can no longer sign in");
        assertEquals(AdminAccounts.DISABLED, admins.rows.get("first@example.com"), "the row stays, disabled");
        assertEquals(Optional.of("hashed:second password"), admins.passwordHash("second@example.com"));
    }

    @Test
    void anAdminNamedAgainIsEnabledAgainWithTheConfiguredPassword() {
        bootstrap.bootstrap(configured("first@example.com", "first password"), NOW);
        bootstrap.bootstrap(configured("second@example.com", "second password"), NOW);

        bootstrap.bootstrap(configured("first@example.com", "a new first password"), NOW);

        assertEquals(Optional.of("hashed:a new first password"), admins.passwordHash("first@example.com"));
        assertEquals(Optional.empty(), admins.passwordHash("second@example.com"));
    }

    @Test
    void aRestartWithTheSameConfigurationChangesNothing() {
        bootstrap.bootstrap(configured("first@example.com", "first password"), NOW);
        int writes = admins.writes;

        bootstrap.bootstrap(configured("first@example.com", "first password"), NOW);

        assertEquals(writes, admins.writes);
    }

    @Test
    void withoutConfiguredCredentialsNoAdminIsTouched() {
        bootstrap.bootstrap(configured("first@example.com", "first password"), NOW);

        bootstrap.bootstrap(Optional.empty(), NOW);

        assertTrue(admins.passwordHash("first@example.com").isPresent());
    }

    /** The admin_accounts table in memory, with the same "disabled" marker as the real one. */
    private static final class InMemoryAdmins extends AdminAccounts {
        final Map<String, String> rows = new TreeMap<>();
        int writes;

        @Override
        public Optional<String> passwordHash(String email) {
            return Optional.ofNullable(rows.get(normalize(email))).filter(hash -> !DISABLED.equals(hash));
        }

        @Override
        public boolean save(String email, String passwordHash, Instant now) {
            writes++;
            rows.put(normalize(email), passwordHash);
            return true;
        }

        @Override
        public List<String> disableAllBut(String email, Instant now) {
            List<String> disabled = new ArrayList<>();
            rows.replaceAll((other, hash) -> {
                if (!other.equals(normalize(email)) && !DISABLED.equals(hash)) {
                    disabled.add(other);
                    writes++;
                    return DISABLED;
                }
                return hash;
            });
            return disabled;
        }
    }

    private static final class PlainHashing extends PasswordHasher {
        @Override
        public String hash(String password) {
            return "hashed:" + password;
        }

        @Override
        public boolean verify(String password, String storedHash) {
            return ("hashed:" + password).equals(storedHash);
        }
    }
}
