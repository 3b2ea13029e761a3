package com.marketplace.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient;
import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.StartupPoller;
import com.marketplace.web.it.support.StartupPoller.Answer;
import com.stripe.model.Account;
import com.stripe.param.AccountCreateParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * bin/run's default, started as a new user would and watched from its first second: sandbox mode
 * (the sandbox war next to ROOT.war), the embedded H2 database, and readiness that never says UP
 * before the API answers, and a sandbox that keeps Stripe's state across a restart. One process for
 * all of it, and one more start for the restart: a Payara start costs 20 s or more.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartupReadinessIT {

    private static final Duration AFTER_READY = Duration.ofSeconds(3);
    private static final Pattern CHECK = Pattern.compile("\\{\"name\":\"[^\"]+\",\"status\":\"[A-Z]+\"");
    // Without a key the sandbox answers as Stripe does: 401. Before its war started, the path is the marketplace's 404.
    private static final String SANDBOX_PATH = "/stripe-sandbox/v1/accounts";

    private static Path dataDir;
    private static MarketplaceProcess marketplace;
    private static List<Answer> answers;

    @BeforeAll
    static void startAndWatch() throws Exception {
        dataDir = MarketplaceProcess.projectRoot().resolve("web/target/it-work/embedded-data");
        deleteRecursively(dataDir);
        marketplace = MarketplaceProcess.start("embedded-h2", Map.of("MARKETPLACE_DATA_DIR", dataDir.toString()));
        StartupPoller poller = new StartupPoller(marketplace.baseUri(), "/health/ready", "/api/products", SANDBOX_PATH).start();
        try {
            marketplace.awaitHealthy();
            // Keep asking a while after readiness: the API must keep answering, not merely once.
            Thread.sleep(AFTER_READY.toMillis());
        } finally {
            answers = poller.stop();
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (marketplace != null) {
            marketplace.close();
        }
    }

    @Test
    void afterReadinessFirstSaysUpTheProductsApiAnswers200ToEveryRequest() {
        Answer firstUp = firstUp();
        List<Answer> productsAfterUp = askedAfter(firstUp, "/api/products");

        assertTrue(productsAfterUp.size() >= 10, "the products API was asked too few times after readiness:\n" + timeline());
        assertTrue(productsAfterUp.stream().allMatch(answer -> answer.status() == 200),
                "readiness said UP (" + firstUp + ") before the products API answered 200:\n" + timeline());
    }

    @Test
    void afterReadinessFirstSaysUpTheStripeSandboxAnswersAsStripe() {
        Answer firstUp = firstUp();
        List<Answer> sandboxAfterUp = askedAfter(firstUp, SANDBOX_PATH);

        assertTrue(sandboxAfterUp.size() >= 10, "the sandbox was asked too few times after readiness:\n" + timeline());
        assertTrue(sandboxAfterUp.stream().allMatch(answer -> answer.status() == 401),
                "readiness said UP (" + firstUp + ") before the Stripe sandbox answered:\n" + timeline());
    }

    private static Answer firstUp() {
        return answers.stream().filter(answer -> answer.path().equals("/health/ready") && answer.isUp())
                .min((a, b) -> Long.compare(a.receivedNanos(), b.receivedNanos()))
                .orElseThrow(() -> new AssertionError("readiness never said UP:\n" + timeline()));
    }

    private static List<Answer> askedAfter(Answer firstUp, String path) {
        return answers.stream().filter(answer -> answer.path().equals(path) && answer.sentNanos() > firstUp.receivedNanos()).toList();
    }

    @Test
    void readinessSaidDownWhileTheMarketplaceWasStarting() {
        assertTrue(answers.stream().anyMatch(answer -> answer.path().equals("/health/ready") && answer.status() == 503),
                "the poll began too late to see the start-up:\n" + timeline());
    }

    @Test
    void readinessListsTheMarketplaceAndDatabaseChecks() {
        Reply ready = new ApiClient(marketplace.baseUri()).get("/health/ready");

        assertEquals(200, ready.status(), ready.body());
        String body = ready.body().replaceAll("\\s", "");
        assertTrue(body.contains("{\"name\":\"marketplace\",\"status\":\"UP\""), body);
        assertTrue(body.contains("{\"name\":\"database\",\"status\":\"UP\""), body);
    }

    @Test
    void livenessIsUpWithEveryBackgroundLoopRunningAndHealthAggregatesBoth() {
        ApiClient api = new ApiClient(marketplace.baseUri());

        Reply live = api.get("/health/live");
        Reply health = api.get("/health");

        assertEquals(200, live.status(), live.body());
        assertTrue(live.body().replaceAll("\\s", "").contains("{\"name\":\"background-loops\",\"status\":\"UP\""), live.body());
        assertEquals(200, health.status(), health.body());
        String all = health.body().replaceAll("\\s", "");
        assertTrue(all.contains("\"name\":\"background-loops\"") && all.contains("\"name\":\"marketplace\"")
                && all.contains("\"name\":\"database\""), health.body());
    }

    @Test
    void withNoDatabaseConfiguredTheMarketplaceRunsOnItsEmbeddedDatabase() throws Exception {
        Reply products = new ApiClient(marketplace.baseUri()).get("/api/products");

        assertEquals(200, products.status(), products.body());
        assertEquals(0, products.json().getJsonArray("items").size());
        assertTrue(Files.exists(dataDir.resolve("marketplace.mv.db")), "no H2 database file under " + dataDir);
        assertTrue(marketplace.output().contains("embedded H2 database"), "start-up did not say which database it used");
    }

    /** The run command's marketplace stays consistent across restarts: the sandbox keeps Stripe's state in its own database. */
    @Test
    @Order(Integer.MAX_VALUE) // stops the process the other cases ask
    void aSandboxAccountCreatedBeforeARestartIsStillThereAfterIt() throws Exception {
        Account account = new SandboxStripe(marketplace.baseUri()).client().accounts()
                .create(AccountCreateParams.builder().setType(AccountCreateParams.Type.EXPRESS).setEmail("kept@seller.test").build());
        marketplace.close();

        try (MarketplaceProcess restarted = MarketplaceProcess.start("embedded-h2-restarted", Map.of("MARKETPLACE_DATA_DIR", dataDir.toString()))) {
            restarted.awaitHealthy();
            Account again = new SandboxStripe(restarted.baseUri()).client().accounts().retrieve(account.getId());

            assertEquals("kept@seller.test", again.getEmail());
            assertTrue(restarted.output().contains("Stripe sandbox ready on embedded H2 database"), "the sandbox said where it keeps its state");
        }
    }

    // Each change of answer per path, with its time since the first poll: what an operator would have seen.
    private static String timeline() {
        long start = answers.stream().mapToLong(Answer::sentNanos).min().orElse(0);
        StringBuilder text = new StringBuilder();
        Map<String, String> last = new HashMap<>();
        for (Answer answer : answers.stream().sorted((a, b) -> Long.compare(a.receivedNanos(), b.receivedNanos())).toList()) {
            String shown = answer.status() + " " + checks(answer.body());
            if (!shown.equals(last.put(answer.path(), shown))) {
                text.append(String.format("%7d ms %s%n", (answer.receivedNanos() - start) / 1_000_000, answer));
            }
        }
        return text.toString();
    }

    // Payara lists the checks in any order: a change of order is no change of answer.
    private static String checks(String body) {
        List<String> checks = CHECK.matcher(body.replaceAll("\\s", "")).results().map(MatchResult::group).sorted().toList();
        return checks.isEmpty() ? body : String.join(",", checks);
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
