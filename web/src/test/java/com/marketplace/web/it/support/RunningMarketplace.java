package com.marketplace.web.it.support;

import com.marketplace.testsupport.TestMariaDb;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;

/**
 * One marketplace for the whole integration-test run (sandbox mode, on the test run's MariaDB
 * database, recreated empty first), started by the first test class that needs it and stopped
 * when the run ends. Payara takes 15-25 s to start here: starting it per class would dominate.
 */
public final class RunningMarketplace implements BeforeAllCallback {

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

    public static MarketplaceProcess process() {
        return shared.process();
    }

    private static Shared startShared() {
        try {
            TestMariaDb.recreate(TestMariaDb.testDatabase());
            java.util.Map<String, String> configuration = MarketplaceProcess.onTestDatabase(
                    TestMariaDb.jdbcUrl(TestMariaDb.testDatabase()), TestMariaDb.user(), TestMariaDb.password());
            // Webhook retries in tenths of seconds, not seconds: same behaviour, shorter tests.
            configuration.put("SANDBOX_WEBHOOK_RETRY_BASE_MS", "200");
            MarketplaceProcess process = MarketplaceProcess.start("shared-sandbox", configuration);
            shared = new Shared(process.awaitHealthy());
            return shared;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the marketplace: " + e.getMessage(), e);
        }
    }

    private record Shared(MarketplaceProcess process) implements CloseableResource {
        @Override
        public void close() throws Throwable {
            process.close();
        }
    }
}
