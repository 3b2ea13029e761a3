package com.marketplace.web.it.support;

import com.marketplace.testsupport.ApiClient;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.testsupport.TestMariaDb;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;

/**
 * A second marketplace with a database and a Stripe sandbox of its own, configured in the two ways
 * the shared one must not be: Standard accounts ({@code SELLER_ACCOUNT_TYPE=standard}; the shared
 * one registers Express sellers) and no SMTP server (messages kept in the local mailbox; the shared
 * one mails {@link MailServer}). Started by the first test class that needs it and stopped when the
 * run ends, like {@link RunningMarketplace}: one Payara start (20-45 s) instead of one per class.
 *
 * <p>Living on after its last user is harmless: nothing of it touches the shared database, the
 * shared sandbox or the test JVM's mail server. Its users must not depend on each other's data:
 * each registers sellers of its own.
 */
public final class SeparateMarketplace implements BeforeAllCallback {

    private static final String DATABASE = TestMariaDb.testDatabase() + "_separate";

    private static volatile Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> start(), Running.class);
    }

    public static MarketplaceProcess process() {
        if (running == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(SeparateMarketplace.class)");
        }
        return running.process();
    }

    public static ApiClient api() {
        return new ApiClient(process().baseUri());
    }

    /** The sandbox deployed next to this marketplace, not the shared one. */
    public static SandboxStripe stripe() {
        return new SandboxStripe(process().baseUri());
    }

    private static Running start() {
        try {
            TestMariaDb.recreate(DATABASE);
            Map<String, String> configuration = new HashMap<>(RunningMarketplace.testConfiguration(TestMariaDb.jdbcUrl(DATABASE)));
            configuration.put("SELLER_ACCOUNT_TYPE", "standard");
            // bin/run's default: with no SMTP server configured, messages go to the local mailbox.
            List.of("SMTP_HOST", "SMTP_PORT", "SMTP_STARTTLS", "MAIL_FROM").forEach(configuration::remove);
            MarketplaceProcess process = MarketplaceProcess.start("separate-standard-no-smtp", configuration);
            process.awaitHealthy();
            running = new Running(process);
            return running;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the separate marketplace: " + e.getMessage(), e);
        }
    }

    private record Running(MarketplaceProcess process) implements CloseableResource {
        @Override
        public void close() throws Throwable {
            process.close();
            TestMariaDb.drop(DATABASE);
        }
    }
}
