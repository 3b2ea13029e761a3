package com.marketplace.sandbox.it.support;

import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.SandboxStripe;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;

/**
 * One Stripe sandbox for the whole integration-test run of this module: {@code stripe-sandbox.war}
 * alone on a Payara Micro of its own, as Stripe is to the marketplace (no marketplace, no MariaDB:
 * the sandbox keeps its state in its embedded database, fresh per run). Started by the first test
 * class that needs it and stopped when the run ends, since a Payara start costs about 20 s here.
 */
public final class RunningSandbox implements BeforeAllCallback {

    private static volatile MarketplaceProcess sandbox;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Shared.class, key -> startShared(), Shared.class);
    }

    /** The running sandbox, reached through stripe-java as the platform reaches Stripe. */
    public static SandboxStripe stripe() {
        if (sandbox == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(RunningSandbox.class)");
        }
        return new SandboxStripe(sandbox.baseUri());
    }

    private static Shared startShared() {
        try {
            // Retries in tenths of seconds, as for the marketplace's tests: the same behaviour, shorter tests.
            MarketplaceProcess process = MarketplaceProcess.startStripeSandbox("stripe-sandbox",
                    Map.of("SANDBOX_WEBHOOK_RETRY_BASE_MS", "200"));
            process.awaitAnswer("/stripe-sandbox/v1/events", "Bearer " + SandboxStripe.API_KEY);
            sandbox = process;
            return new Shared(process);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the Stripe sandbox: " + e.getMessage(), e);
        }
    }

    private record Shared(MarketplaceProcess process) implements CloseableResource, AutoCloseable {
        @Override
        public void close() throws Exception {
            process.close();
        }
    }
}
