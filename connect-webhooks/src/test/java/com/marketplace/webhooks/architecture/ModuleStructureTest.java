package com.marketplace.webhooks.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of the webhook path and of onboarding, read from the sources (plain JUnit,
 * no framework): a delivery is verified and stored inside connect-webhooks, which fires the event
 * and knows none of its handlers; application layers speak in domain terms, not in HTTP.
 */
class ModuleStructureTest {

    /** Surefire runs in the module's directory; the other modules are its siblings in this repository. */
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    private static final String WEBHOOKS = "connect-webhooks/src/main/java/com/marketplace/webhooks/";
    private static final String ONBOARDING = "seller-onboarding/src/main/java/com/marketplace/onboarding/";
    private static final Pattern HANDLER = Pattern.compile("@Observes\\s+@StripeEventType\\(");

    @Test
    void theSourcesOfEveryModuleAreFound() {
        for (String module : List.of("platform-api", "seller-onboarding", "connect-webhooks", "web")) {
            assertTrue(!sources(module + "/src/main/java").isEmpty(), "no sources found for " + module + " under " + REPOSITORY);
        }
    }

    @Test
    void onlyConnectWebhooksVerifiesSignatures() {
        assertEquals(List.of(WEBHOOKS + "infrastructure/StripeWebhookVerifier.java"),
                mainSourcesWhere(text -> text.contains("import com.stripe.net.Webhook;")));
    }

    @Test
    void noPlatformApiClassUsesTheVerifierOrItsRejection() {
        assertEquals(List.of(), sources("platform-api/src/main/java").stream()
                .filter(file -> read(file).matches("(?s).*\\b(StripeWebhookVerifier|WebhookRejected)\\b.*")).toList());
    }

    @Test
    void connectWebhooksKnowsNoHandler() {
        assertEquals(List.of(), sources("connect-webhooks/src/main/java").stream().filter(file -> {
            String text = read(file);
            return HANDLER.matcher(text).find() || text.contains("import com.marketplace.platform.orders")
                    || text.contains("import com.marketplace.platform.catalog") || text.contains("import com.marketplace.onboarding");
        }).toList());
    }

    @Test
    void theInboxIsReachedThroughItsPortOnly() {
        assertEquals(List.of(WEBHOOKS + "infrastructure/JdbcEventInbox.java"),
                mainSourcesWhere(text -> text.matches("(?s).*\\bJdbcEventInbox\\b.*")));
    }

    @Test
    void applicationAndDomainPackagesDoNotSpeakHttp() {
        List<String> layers = List.of(WEBHOOKS + "application", WEBHOOKS + "domain", ONBOARDING + "application", ONBOARDING + "domain");
        assertEquals(List.of(), layers.stream().flatMap(layer -> sources(layer).stream())
                .filter(file -> {
                    String text = read(file);
                    // ApiException carries an HTTP status: the application neither throws nor catches it (Stripe failures are ConnectedAccountsFailed).
                    return text.contains("import jakarta.ws.rs") || text.contains("import jakarta.servlet") || text.contains("ApiException");
                }).toList());
    }

    @Test
    void domainPackagesDependOnNoOuterLayer() {
        List<String> domains = List.of(WEBHOOKS + "domain", ONBOARDING + "domain");
        assertEquals(List.of(), domains.stream().flatMap(layer -> sources(layer).stream())
                .filter(file -> read(file).matches("(?s).*import com\\.marketplace\\.(webhooks|onboarding)\\.(application|infrastructure|interfaces)\\..*"))
                .toList());
    }

    private static List<String> mainSourcesWhere(Predicate<String> test) {
        return Stream.of("platform-api", "seller-onboarding", "connect-webhooks", "stripe-sandbox", "web")
                .flatMap(module -> sources(module + "/src/main/java").stream())
                .filter(file -> test.test(read(file)))
                .toList();
    }

    /** The .java files under a directory of the repository, as paths relative to it, sorted. */
    private static List<String> sources(String directory) {
        Path root = REPOSITORY.resolve(directory);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> REPOSITORY.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(REPOSITORY.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
