package com.marketplace.web.it.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient;
import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.RoundRobinProxy;
import com.marketplace.testsupport.TestMariaDb;
import com.marketplace.web.it.support.FromLocalAddress;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.TestDeployment;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two marketplace instances on one database of their own, with Payara Micro's data grid on
 * (CLUSTER_ENABLED, members on loopback), behind a round-robin proxy, as docs/scaling.md runs N of
 * them behind a load balancer. Both talk to the shared instance's Stripe sandbox, whose request
 * log counts what they read. Two process starts serve every case; the instance killed last.
 */
@ExtendWith(RunningMarketplace.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    private static final String DATABASE = TestMariaDb.testDatabase() + "_scale";
    private static final int MAX_FAILURES_PER_ADDRESS = 4;

    private static MarketplaceProcess first;
    private static MarketplaceProcess second;
    private static RoundRobinProxy proxy;
    private static Registered seller;

    @BeforeAll
    static void twoClusteredInstancesBehindAProxy() throws Exception {
        TestMariaDb.recreate(DATABASE);
        int firstGridPort = freePort();
        int secondGridPort = freePort();
        String cluster = "scale-out-" + UUID.randomUUID().toString().substring(0, 8);
        first = MarketplaceProcess.start("scale-out-first", configuration(cluster, firstGridPort, secondGridPort, firstGridPort),
                TestDeployment.warWithTestHandlers());
        second = MarketplaceProcess.start("scale-out-second", configuration(cluster, firstGridPort, secondGridPort, secondGridPort),
                TestDeployment.warWithTestHandlers());
        first.awaitHealthy();
        second.awaitHealthy();
        try (Connection connection = TestMariaDb.connect(DATABASE)) {
            TestDeployment.createHandlerTables(connection);
        }
        // For docs/scaling.md's figures: resident memory with the grid on, beside the shared instance's (grid off).
        System.out.printf("scale-out RSS: first %d kB, second %d kB, shared (no grid) %d kB%n", first.residentKilobytes(),
                second.residentKilobytes(), RunningMarketplace.process().residentKilobytes());
        proxy = new RoundRobinProxy(List.of(first.baseUri().getPort(), second.baseUri().getPort()));
        seller = activeSeller(new ApiClient(first.baseUri()));
    }

    private static Map<String, String> configuration(String cluster, int firstGridPort, int secondGridPort, int ownGridPort) {
        Map<String, String> configuration = new HashMap<>(RunningMarketplace.testConfiguration(TestMariaDb.jdbcUrl(DATABASE)));
        configuration.put("STRIPE_API_BASE", RunningMarketplace.process().stripeApiBase());
        configuration.put("CLUSTER_ENABLED", "true");
        configuration.put("CLUSTER_NAME", cluster);
        configuration.put("CLUSTER_MEMBERS", "127.0.0.1:" + firstGridPort + ",127.0.0.1:" + secondGridPort);
        configuration.put("CLUSTER_START_PORT", String.valueOf(ownGridPort));
        // Both members on one host: backups must be allowed on the same address, or a session lives on one JVM only.
        configuration.put("CLUSTER_HOST_AWARE", "false");
        configuration.put("LOGIN_MAX_FAILURES_PER_ADDRESS", String.valueOf(MAX_FAILURES_PER_ADDRESS));
        // The account reconciler makes the seller ACTIVE here (the sandbox's events go to the shared instance).
        configuration.put("ACCOUNT_RECONCILE_AFTER", "1");
        configuration.put("RECONCILE_AFTER_SECONDS", "1");
        return configuration;
    }

    @AfterAll
    static void stop() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        for (MarketplaceProcess process : new MarketplaceProcess[] {first, second}) {
            if (process != null) {
                process.close();
            }
        }
        TestMariaDb.drop(DATABASE);
    }

    @Test
    @Order(1)
    void failedSignInsSpreadOverBothInstancesTripTheAddressLimit() throws Exception {
        // From an address of its own, so the seller's sign-ins from 127.0.0.1 keep their allowance.
        String address = "127.0.0.3";
        for (int attempt = 0; attempt < MAX_FAILURES_PER_ADDRESS; attempt++) {
            URI instance = attempt % 2 == 0 ? first.baseUri() : second.baseUri();
            assertEquals(401, FromLocalAddress.status(address, instance, "GET", "/api/products",
                    "Authorization", basic("nobody-" + UUID.randomUUID() + "@example.test", "guess")), "failure " + (attempt + 1));
        }

        int onFirst = FromLocalAddress.status(address, first.baseUri(), "GET", "/api/products",
                "Authorization", basic("nobody-" + UUID.randomUUID() + "@example.test", "guess"));
        int onSecond = FromLocalAddress.status(address, second.baseUri(), "GET", "/api/products",
                "Authorization", basic("nobody-" + UUID.randomUUID() + "@example.test", "guess"));

        assertEquals(429, onFirst, "two failures on each instance are four for the address");
        assertEquals(429, onSecond, "two failures on each instance are four for the address");
    }

    @Test
    @Order(2)
    void theReconcilersPassesOnBothInstancesReadEachOrderFromStripeOnce() throws Exception {
        ApiClient api = new ApiClient(first.baseUri());
        long product = product(api);
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Reply started = api.request("POST", "/api/checkout", "{\"productId\":" + product + ",\"quantity\":1}");
            assertEquals(201, started.status(), started.body());
            sessions.add(started.json().getString("sessionId"));
        }
        Thread.sleep(3_000); // RECONCILE_AFTER_SECONDS=1, with room for a loaded machine: every order is now due
        long readsBefore = reads(sessions);

        // Both instances' passes at once, as two timers that happen to fire together would run them.
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Integer> onFirst = CompletableFuture.supplyAsync(() -> pass(first, go));
        CompletableFuture<Integer> onSecond = CompletableFuture.supplyAsync(() -> pass(second, go));
        go.countDown();
        int lookedAtByFirst = onFirst.get();
        int lookedAtBySecond = onSecond.get();

        String passes = "first looked at " + lookedAtByFirst + ", second at " + lookedAtBySecond;
        assertEquals(sessions.size(), reads(sessions) - readsBefore, "each order's session read from Stripe once by the two instances; " + passes);
        assertEquals(sessions.size(), lookedAtByFirst + lookedAtBySecond, passes);
        assertTrue(lookedAtByFirst == 0 || lookedAtBySecond == 0, "one instance holds the lease, the other skips its turn; " + passes);
    }

    @Test
    @Order(3)
    void aSignedInSellerKeepsWorkingAfterTheInstanceThatSignedThemInIsKilled() throws Exception {
        PageClient browser = new PageClient(URI.create("http://127.0.0.1:" + proxy.port()));
        Page signedIn = browser.signIn(seller.email(), seller.password());
        assertEquals(303, signedIn.status(), "sign-in: " + signedIn.body());
        int signedInBy = proxy.lastBackend();
        assertEquals(200, browser.get("/seller").status(), "signed in, before the loss");

        MarketplaceProcess lost = signedInBy == first.baseUri().getPort() ? first : second;
        MarketplaceProcess survivor = lost == first ? second : first;
        lost.kill();

        Page after = afterTheCut(browser, "/seller");
        assertEquals(survivor.baseUri().getPort(), proxy.lastBackend(), "the proxy sent the next request to the surviving instance");
        assertEquals(200, after.status(), "still signed in on the other instance: " + after.status() + " " + after.header("Location"));
        assertTrue(after.body().contains("id=\"sign-out\""), "the seller's own page, signed in: " + after.body());
        assertEquals(302, new PageClient(URI.create("http://127.0.0.1:" + proxy.port())).get("/seller").status(),
                "without the session, the same page sends one to sign in");
    }

    // The connection the browser kept open went down with its instance: a browser retries on a new one.
    private static Page afterTheCut(PageClient browser, String path) {
        try {
            return browser.get(path);
        } catch (UncheckedIOException | IllegalStateException cut) {
            return browser.get(path);
        }
    }

    private static int pass(MarketplaceProcess instance, CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Reply reply = new ApiClient(instance.baseUri()).request("POST", "/api/it/reconciler/pass", "");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getInt("ordersLookedAt");
    }

    private static long reads(List<String> sessions) {
        long reads = 0;
        for (String session : sessions) {
            reads += Shop.stripe().requests("GET", "/v1/checkout/sessions/" + session);
        }
        return reads;
    }

    private static long product(ApiClient api) {
        Reply created = api.request("POST", "/api/sellers/" + seller.id() + "/products", "{\"name\":\"Bowl\",\"description\":\"Stoneware\","
                + "\"priceAmount\":1500,\"currency\":\"eur\",\"stock\":100,\"active\":true}", "Authorization", seller.authorization());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static Registered activeSeller(ApiClient api) throws InterruptedException {
        String email = "seller-" + UUID.randomUUID() + "@sellers.test";
        String password = "correct horse battery " + UUID.randomUUID();
        Reply reply = api.post("/api/sellers", "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\",\"displayName\":\"Atelier Scale\",\"country\":\"FR\",\"defaultCurrency\":\"eur\",\"chargeType\":\"DESTINATION\"}");
        assertEquals(201, reply.status(), reply.body());
        JsonObject body = reply.json();
        Registered registered = new Registered(body.getJsonNumber("id").longValue(), email, password, body.getString("stripeAccountId", null));
        assertEquals(200, Shop.stripe().helper("accounts/" + registered.stripeAccountId() + "/onboard", "outcome", "complete").status());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            Reply view = api.get("/api/sellers/" + registered.id(), "Authorization", registered.authorization());
            last = view.body();
            if (view.status() == 200 && "ACTIVE".equals(view.json().getJsonObject("onboarding").getString("status"))) {
                return registered;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the seller never became ACTIVE on the scaled-out instances: " + last);
    }

    private static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
