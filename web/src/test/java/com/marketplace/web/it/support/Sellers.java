package com.marketplace.web.it.support;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.TestMariaDb;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Sellers registered through the API, the way a seller's client does it, and their rows in the database. */
public final class Sellers {

    private Sellers() {
    }

    /** A new seller with a unique email; fails the test if registration is refused. */
    public static Registered register(String chargeType) {
        String email = "seller-" + UUID.randomUUID() + "@sellers.test";
        String password = "correct horse battery " + UUID.randomUUID();
        Reply reply = RunningMarketplace.api().post("/api/sellers", "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\",\"displayName\":\"Atelier " + email.substring(7, 15) + "\",\"country\":\"FR\",\"defaultCurrency\":\"eur\","
                + "\"chargeType\":\"" + chargeType + "\"}");
        if (reply.status() != 201) {
            throw new AssertionError("registration refused: HTTP " + reply.status() + " " + reply.body());
        }
        JsonObject seller = reply.json();
        return new Registered(seller.getJsonNumber("id").longValue(), email, password, seller.getString("stripeAccountId", null));
    }

    public static Reply get(Registered seller) {
        return RunningMarketplace.api().get("/api/sellers/" + seller.id(), "Authorization", seller.authorization());
    }

    public static Reply post(Registered caller, String path, String jsonBody) {
        return RunningMarketplace.api().request("POST", path, jsonBody, "Authorization", caller.authorization());
    }

    /** Polls the seller's own view until their onboarding status is {@code expected}; returns that view. */
    public static JsonObject awaitStatus(Registered seller, String expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            Reply reply = get(seller);
            last = reply.body();
            if (reply.status() == 200 && expected.equals(reply.json().getJsonObject("onboarding").getString("status"))) {
                return reply.json();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("seller " + seller.id() + " never became " + expected + "; last seen: " + last);
    }

    /** Makes every onboarding-link token of the seller expire, as if the time they last had run out. */
    public static void expireOnboardingTokens(long sellerId) throws SQLException {
        try (Connection connection = TestMariaDb.connect(TestMariaDb.testDatabase());
             PreparedStatement expire = connection.prepareStatement(
                     "UPDATE onboarding_link_tokens SET expires_at = created_at WHERE seller_id = ?")) {
            expire.setLong(1, sellerId);
            expire.executeUpdate();
        }
    }

    /** How long, in seconds, the seller's newest onboarding-link token was issued for. */
    public static long newestOnboardingTokenLifetimeSeconds(long sellerId) throws SQLException {
        try (Connection connection = TestMariaDb.connect(TestMariaDb.testDatabase());
             PreparedStatement select = connection.prepareStatement("SELECT TIMESTAMPDIFF(SECOND, created_at, expires_at)"
                     + " FROM onboarding_link_tokens WHERE seller_id = ? ORDER BY created_at DESC LIMIT 1")) {
            select.setLong(1, sellerId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("seller " + sellerId + " has no onboarding-link token");
                }
                return rs.getLong(1);
            }
        }
    }

    /** The seller row's optimistic-lock version: it moves once per applied change. */
    public static long version(long sellerId) throws SQLException {
        return longColumn(sellerId, "version");
    }

    public static long lastAccountEventCreated(long sellerId) throws SQLException {
        return longColumn(sellerId, "last_account_event_created");
    }

    /** A seller written straight into the database with the given status, for catalog tests that need no onboarding. */
    public static long insertRow(String status) throws SQLException {
        try (Connection connection = TestMariaDb.connect(TestMariaDb.testDatabase());
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO sellers (email, password_hash, display_name, country, default_currency, charge_type, account_type,"
                             + " stripe_account_id, account_request_key, onboarding_status, created_at, updated_at)"
                             + " VALUES (?, 'not-a-usable-hash', 'Seeded seller', 'FR', 'eur', 'DIRECT', 'EXPRESS', ?, ?, ?,"
                             + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            String unique = UUID.randomUUID().toString();
            insert.setString(1, "row-" + unique + "@sellers.test");
            insert.setString(2, "acct_seeded" + unique.replace("-", ""));
            insert.setString(3, unique);
            insert.setString(4, status);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Holds the seller row's lock in a transaction of its own, as a concurrent update would. */
    public static RowLock lockRow(long sellerId) throws SQLException {
        return new RowLock(sellerId);
    }

    /** A transaction holding one seller row's lock until it commits a newer version of the row or is closed. */
    public static final class RowLock implements AutoCloseable {

        private final long sellerId;
        private final Connection connection;

        private RowLock(long sellerId) throws SQLException {
            this.sellerId = sellerId;
            this.connection = TestMariaDb.connect(TestMariaDb.testDatabase());
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM sellers WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, sellerId);
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next()) {
                        throw new AssertionError("no seller row " + sellerId);
                    }
                }
            }
        }

        /**
         * Waits until another connection's locking read of the sellers table is in flight: it cannot
         * finish while this lock is held. (The processlist, not INNODB_TRX: MariaDB lists a waiting
         * locking read there only once its transaction has registered, which was seen to lag.)
         */
        public void awaitAnotherWaiting(Duration timeout) throws SQLException, InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            try (Connection observer = TestMariaDb.connect(TestMariaDb.testDatabase());
                 PreparedStatement waiting = observer.prepareStatement(
                         "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID()"
                                 + " AND INFO LIKE '%from sellers%for update%'")) {
                while (System.nanoTime() < deadline) {
                    try (ResultSet rs = waiting.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            return;
                        }
                    }
                    Thread.sleep(20);
                }
            }
            throw new AssertionError("nothing waited for seller row " + sellerId + " within " + timeout);
        }

        /** Commits a change to the row (its version moves on), which releases the lock. */
        public void commitNewerVersion() throws SQLException {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE sellers SET version = version + 1, updated_at = UTC_TIMESTAMP(6) WHERE id = ?")) {
                update.setLong(1, sellerId);
                update.executeUpdate();
            }
            connection.commit();
        }

        @Override
        public void close() throws SQLException {
            try {
                connection.rollback();
            } finally {
                connection.close();
            }
        }
    }

    /** Clears the seller's stored account id, leaving the account itself at Stripe. */
    public static void forgetAccount(long sellerId) throws SQLException {
        try (Connection connection = TestMariaDb.connect(TestMariaDb.testDatabase());
             PreparedStatement update = connection.prepareStatement("UPDATE sellers SET stripe_account_id = NULL WHERE id = ?")) {
            update.setLong(1, sellerId);
            if (update.executeUpdate() != 1) {
                throw new AssertionError("no seller row " + sellerId);
            }
        }
    }

    /**
     * Keeps the account reconciler off this seller for the rest of the run: it takes a seller never
     * checked at once, so a test proving that a webhook alone carried a change must rule it out.
     */
    public static void keepReconcilerAway(long sellerId) throws SQLException {
        try (Connection connection = TestMariaDb.connect(TestMariaDb.testDatabase());
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE sellers SET account_checked_at = '2100-01-01 00:00:00' WHERE id = ?")) {
            update.setLong(1, sellerId);
            if (update.executeUpdate() != 1) {
                throw new AssertionError("no seller row " + sellerId);
            }
        }
    }

    private static long longColumn(long sellerId, String column) throws SQLException {
        try (Connection connection = TestMariaDb.connect(TestMariaDb.testDatabase());
             PreparedStatement select = connection.prepareStatement("SELECT " + column + " FROM sellers WHERE id = ?")) {
            select.setLong(1, sellerId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no seller row " + sellerId);
                }
                return rs.getLong(1);
            }
        }
    }
}
