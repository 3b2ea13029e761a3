package com.marketplace.web.it.support;

import com.marketplace.testsupport.ApiClient;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.testsupport.TcpProxy;
import com.marketplace.testsupport.TestMariaDb;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;

/**
 * One marketplace for the whole integration-test run (sandbox mode, on the test run's MariaDB
 * database, recreated empty first), started by the first test class that needs it and stopped
 * when the run ends. Payara takes 15-25 s to start here: starting it per class would dominate.
 *
 * <p>It runs the integration-test war (production war plus test handlers), reaches MariaDB through
 * a {@link TcpProxy} a test can stop to take the database away, and has fast retry settings.
 */
public final class RunningMarketplace implements BeforeAllCallback {

    public static final String ADMIN_EMAIL = "admin@marketplace.test";
    public static final String ADMIN_PASSWORD = "integration-tests-only-password";
    public static final int WEBHOOK_MAX_ATTEMPTS = 3;
    /** How long an account may go unsynced before the reconciler re-reads it, in every test process. */
    public static final java.time.Duration ACCOUNT_RECONCILE_AFTER = java.time.Duration.ofSeconds(20);

    private static volatile Shared shared;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Shared.class, key -> startShared(), Shared.class);
    }

    public static ApiClient api() {
        if (shared == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(RunningMarketplace.class)");
        }
        return new ApiClient(shared.process().baseUri());
    }

    /** The Stripe sandbox deployed next to the shared marketplace. */
    public static SandboxStripe stripe() {
        return new SandboxStripe(process().baseUri());
    }

    public static MarketplaceProcess process() {
        return shared.process();
    }

    public static TcpProxy databaseProxy() {
        return shared.databaseProxy();
    }

    public static String adminAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((ADMIN_EMAIL + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The configuration of a marketplace process that shares the test database and the test handlers. */
    public static Map<String, String> testConfiguration(String jdbcUrl) {
        Map<String, String> configuration = new HashMap<>(MarketplaceProcess.onTestDatabase(jdbcUrl, TestMariaDb.user(), TestMariaDb.password()));
        configuration.put("ADMIN_EMAIL", ADMIN_EMAIL);
        configuration.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        // Retries in tenths of seconds, not seconds or hours: the same behaviour, shorter tests.
        configuration.put("SANDBOX_WEBHOOK_RETRY_BASE_MS", "200");
        configuration.put("WEBHOOK_RETRY_BASE_MS", "100");
        configuration.put("WEBHOOK_MAX_ATTEMPTS", String.valueOf(WEBHOOK_MAX_ATTEMPTS));
        configuration.put("WEBHOOK_WORKER_POLL_MS", "50");
        // No reconciler loop: it would settle within seconds any order whose webhook handler is broken
        // or missing, and hide that. The reconciler's own tests run its passes through the test-only
        // ReconcilerProbeResource, on orders idle for 3 s (not 10 min).
        configuration.put("RECONCILER_ENABLED", "false");
        configuration.put("RECONCILE_AFTER_SECONDS", "3");
        configuration.put("REFUND_WORKER_POLL_MS", "200");
        configuration.put("REFUND_RETRY_BASE_MS", "200");
        // Every test signs in from 127.0.0.1, and some fail on purpose: the per-address limit must not
        // lock the whole suite out. The per-email limit (5 in 15 minutes) stays as configured.
        configuration.put("LOGIN_MAX_FAILURES_PER_ADDRESS", "100000");
        // The same for the abuse limits: the whole suite checks out and signs sellers up from 127.0.0.1.
        // SecondInstanceIT proves the limits on a process of its own, with low ones.
        configuration.put("RATE_LIMIT_CHECKOUTS_PER_MINUTE", "100000");
        configuration.put("RATE_LIMIT_SIGNUPS_PER_HOUR", "100000");
        // Alerts evaluated often, and a success-rate rule a handful of payments can trip (AlertsIT, in a currency of its own).
        configuration.put("ALERT_EVALUATION_INTERVAL_MS", "300");
        // The account reconciler re-reads accounts not synced for 20 s, every second, 120 reads a
        // minute at most: SellerLifecycleIT sees it heal a dropped account.updated within its
        // interval, while tests that watch one seller's row (AccountUpdatesIT) finish long before.
        configuration.put("ACCOUNT_RECONCILE_AFTER", String.valueOf(ACCOUNT_RECONCILE_AFTER.toSeconds()));
        configuration.put("ACCOUNT_RECONCILE_INTERVAL_MS", "1000");
        configuration.put("PRODUCT_WORDS_INTERVAL_MS", "500");
        configuration.put("ACCOUNT_RECONCILE_MAX_PER_MINUTE", "120");
        configuration.put("ALERT_SUCCESS_MIN_ATTEMPTS", "3");
        configuration.put("ALERT_SUCCESS_RATE_FLOOR", "0.5");
        // Balances read from the sandbox every time: PayoutsIT watches one move within seconds (the cache has its unit tests).
        configuration.put("BALANCE_CACHE_SECONDS", "0");
        // Every process on the test database mails the test JVM's SMTP server (MailServer), quickly
        // retried: a message that must wait for the server to come back waits seconds, not hours.
        configuration.putAll(MailServer.smtpConfiguration());
        return configuration;
    }

    private static Shared startShared() {
        try {
            TestMariaDb.recreate(TestMariaDb.testDatabase());
            TcpProxy proxy = new TcpProxy(TestMariaDb.host(), Integer.parseInt(TestMariaDb.port()));
            String jdbcUrl = "jdbc:mysql://127.0.0.1:" + proxy.port() + "/" + TestMariaDb.testDatabase();
            MarketplaceProcess process = MarketplaceProcess.start("shared-sandbox", testConfiguration(jdbcUrl),
                    TestDeployment.warWithTestHandlers());
            process.awaitHealthy();
            // After the migrations ran: Flyway refuses a non-empty schema it has no history of.
            try (Connection connection = TestMariaDb.connect(TestMariaDb.testDatabase())) {
                TestDeployment.createHandlerTables(connection);
            }
            shared = new Shared(process, proxy);
            return shared;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the marketplace: " + e.getMessage(), e);
        }
    }

    private record Shared(MarketplaceProcess process, TcpProxy databaseProxy) implements CloseableResource {
        @Override
        public void close() throws Throwable {
            process.close();
            databaseProxy.close();
        }
    }
}
