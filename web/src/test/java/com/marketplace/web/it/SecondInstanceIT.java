package com.marketplace.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient;
import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SignedEvents;
import com.marketplace.testsupport.TestMariaDb;
import com.marketplace.web.it.support.FromLocalAddress;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.TestDeployment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A second marketplace process on the shared database and the shared Stripe sandbox, configured as
 * a deployment behind a reverse proxy on the same host would be ({@code TRUSTED_PROXIES} names
 * 127.0.0.1), with limits low enough to reach in a test: 3 failed sign-ins per address, 2
 * checkouts per minute, 2 sign-ups per hour. The shared marketplace keeps high limits, since the
 * whole suite comes from one address. Each test comes as its own client address (forwarded by
 * the trusted proxy, or from another loopback address), so the tests do not share allowances.
 *
 * <p>One extra process (a Payara start costs 20-45 s) serves every case that needs a second
 * instance on the shared database: the low limits, the bootstrap admin's replacement at start-up,
 * idempotency keys replayed by another instance, and two webhook workers sharing one inbox. They
 * are one class, not one process shared across classes, because the process must stop with its
 * last case: its background workers (webhooks, mail, refunds) run on the shared database and would
 * take work from later tests that watch the shared instance alone (e.g. with its database cut).
 */
@ExtendWith(RunningMarketplace.class)
class SecondInstanceIT {

    private static final String PREVIOUS_ADMIN = "previous-admin@marketplace.test";

    private static MarketplaceProcess second;
    private static ApiClient api;

    @BeforeAll
    static void aSecondMarketplaceWhoseConfigurationNoLongerNamesThePreviousAdmin() throws Exception {
        // The previous bootstrap admin: a copy of the configured one (same password), which the
        // shared marketplace lets in, as it would have before ADMIN_EMAIL changed.
        Shop.execute("INSERT INTO admin_accounts (email, password_hash, created_at, updated_at)"
                + " SELECT ?, password_hash, created_at, updated_at FROM admin_accounts WHERE email = ?", PREVIOUS_ADMIN,
                RunningMarketplace.ADMIN_EMAIL);
        Reply before = RunningMarketplace.api().get("/api/admin/fees", "Authorization", basic(PREVIOUS_ADMIN, RunningMarketplace.ADMIN_PASSWORD));
        assertEquals(200, before.status(), "the previous admin could sign in before the restart: " + before.body());

        Map<String, String> configuration = RunningMarketplace.testConfiguration(TestMariaDb.jdbcUrl(TestMariaDb.testDatabase()));
        configuration.put("STRIPE_API_BASE", RunningMarketplace.process().stripeApiBase());
        configuration.put("TRUSTED_PROXIES", "127.0.0.1/32, 10.0.0.0/8");
        configuration.put("LOGIN_MAX_FAILURES_PER_ADDRESS", "3");
        configuration.put("RATE_LIMIT_CHECKOUTS_PER_MINUTE", "2");
        configuration.put("RATE_LIMIT_SIGNUPS_PER_HOUR", "2");
        second = MarketplaceProcess.start("second-instance-limits", configuration, TestDeployment.warWithTestHandlers());
        second.awaitHealthy();
        api = new ApiClient(second.baseUri());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (second != null) {
            second.close();
        }
    }

    @Nested
    class ForwardedClientAddresses {

        @Test
        void theAddressLimitCountsTheClientThatTheTrustedProxyForwards() {
            String nobody = "nobody-" + UUID.randomUUID() + "@example.test";
            for (int attempt = 1; attempt <= 3; attempt++) {
                // The client wrote the first address itself; the proxy appended the one it saw.
                assertEquals(401, api.get("/api/products", "Authorization", basic(nobody, "guess " + attempt),
                        "X-Forwarded-For", "6.6.6." + attempt + ", 203.0.113.7").status());
            }

            Reply throttled = api.get("/api/products", "Authorization", basic(nobody, "guess 4"), "X-Forwarded-For", "203.0.113.7");
            Reply anotherClient = api.get("/api/products", "Authorization", basic(nobody, "guess 5"), "X-Forwarded-For", "203.0.113.8");

            assertEquals(429, throttled.status(), throttled.body());
            assertEquals("too_many_sign_in_attempts", throttled.json().getString("error"));
            assertEquals(401, anotherClient.status(), "another client behind the same proxy has its own allowance: " + anotherClient.body());
        }

        @Test
        void anUntrustedPeersForwardedForIsIgnored() throws Exception {
            String nobody = "nobody-" + UUID.randomUUID() + "@example.test";
            for (int attempt = 1; attempt <= 3; attempt++) {
                assertEquals(401, FromLocalAddress.status("127.0.0.2", second.baseUri(), "GET", "/api/products",
                        "Authorization", basic(nobody, "guess " + attempt), "X-Forwarded-For", "198.51.100." + attempt));
            }

            int fourth = FromLocalAddress.status("127.0.0.2", second.baseUri(), "GET", "/api/products",
                    "Authorization", basic(nobody, "guess 4"), "X-Forwarded-For", "198.51.100.4");

            assertEquals(429, fourth, "127.0.0.2 is no trusted proxy: its failures count against 127.0.0.2, whatever it forwards");
        }
    }

    @Nested
    class AbuseLimits {

        @Test
        void checkoutsBeyondTheLimitAre429WithRetryAfterAndChangeNothing() throws Exception {
            long product = Shop.product(Shop.activeSeller("DIRECT"), 1200, "eur", 10);
            String checkout = "{\"productId\":" + product + ",\"quantity\":1}";
            for (int i = 0; i < 2; i++) {
                Reply started = api.request("POST", "/api/checkout", checkout, "X-Forwarded-For", "203.0.113.20");
                assertEquals(201, started.status(), started.body());
            }
            long ordersBefore = Shop.countOrders();

            Reply refused = api.request("POST", "/api/checkout", checkout, "X-Forwarded-For", "203.0.113.20");

            assertEquals(429, refused.status(), refused.body());
            assertEquals("too_many_requests", refused.json().getString("error"));
            long retryAfter = Long.parseLong(refused.header("Retry-After"));
            assertTrue(retryAfter >= 1 && retryAfter <= 30, "two per minute: the next in at most 30 s, said " + retryAfter);
            assertEquals(ordersBefore, Shop.countOrders(), "the refused checkout placed no order");
            assertEquals(201, api.request("POST", "/api/checkout", checkout, "X-Forwarded-For", "203.0.113.21").status(),
                    "another client has its own allowance");
        }

        @Test
        void buyClicksBeyondTheLimitGetAReadablePage() throws Exception {
            long product = Shop.product(Shop.activeSeller("DIRECT"), 1200, "eur", 10);
            PageClient buyer = new PageClient(second.baseUri(), "X-Forwarded-For", "203.0.113.22");
            buyer.get("/products/" + product);
            for (int i = 0; i < 2; i++) {
                Page toStripe = buyer.post("/products/" + product + "/buy", "quantity", "1");
                assertEquals(303, toStripe.status(), toStripe.body());
            }

            Page refused = buyer.post("/products/" + product + "/buy", "quantity", "1");

            assertEquals(429, refused.status(), refused.body());
            assertTrue(refused.header("Retry-After").isPresent(), refused.headers().toString());
            assertTrue(refused.body().contains("Too many attempts") && refused.body().contains("too many checkouts"), refused.body());
            assertTrue(refused.body().contains("/static/site.css"), "the marketplace's page: " + refused.body());
        }

        @Test
        void sellerSignUpsBeyondTheLimitAre429AndCreateNoSeller() throws Exception {
            for (int i = 0; i < 2; i++) {
                Reply created = api.request("POST", "/api/sellers", registration(uniqueEmail()), "X-Forwarded-For", "203.0.113.30");
                assertEquals(201, created.status(), created.body());
            }
            String third = uniqueEmail();

            Reply refused = api.request("POST", "/api/sellers", registration(third), "X-Forwarded-For", "203.0.113.30");

            assertEquals(429, refused.status(), refused.body());
            assertEquals("too_many_requests", refused.json().getString("error"));
            assertTrue(Long.parseLong(refused.header("Retry-After")) > 60, "two per hour: the next in about half an hour");
            assertEquals(0, Shop.longValue("SELECT COUNT(*) FROM sellers WHERE email = ?", third));
        }

        @Test
        void theSignUpPageBeyondTheLimitIsAReadablePage() throws Exception {
            for (int i = 0; i < 2; i++) {
                PageClient visitor = new PageClient(second.baseUri(), "X-Forwarded-For", "203.0.113.31");
                visitor.get("/signup");
                Page signedUp = visitor.post("/signup", signUpForm(uniqueEmail()));
                assertEquals(303, signedUp.status(), signedUp.body());
            }
            PageClient third = new PageClient(second.baseUri(), "X-Forwarded-For", "203.0.113.31");
            third.get("/signup");

            Page refused = third.post("/signup", signUpForm(uniqueEmail()));

            assertEquals(429, refused.status(), refused.body());
            assertTrue(refused.body().contains("too many sign-ups"), refused.body());
            assertTrue(refused.body().contains("/static/site.css"), "the marketplace's page: " + refused.body());
        }
    }

    @Nested
    class AdminBootstrap {

        @Test
        void thePreviousBootstrapAdminIsDisabledWhileTheConfiguredOneSignsIn() throws Exception {
            Reply previous = api.get("/api/admin/fees", "Authorization", basic(PREVIOUS_ADMIN, RunningMarketplace.ADMIN_PASSWORD),
                    "X-Forwarded-For", "203.0.113.40");
            Reply configured = api.get("/api/admin/fees", "Authorization", RunningMarketplace.adminAuthorization(),
                    "X-Forwarded-For", "203.0.113.40");

            assertEquals(401, previous.status(), "the previous admin still signs in: " + previous.body());
            assertEquals(200, configured.status(), configured.body());
            assertEquals(1, Shop.longValue("SELECT COUNT(*) FROM admin_accounts WHERE email = ? AND password_hash = 'disabled'", PREVIOUS_ADMIN),
                    "the row stays, disabled");
        }
    }

    /**
     * Keys live in the database, not in an instance's memory: an answer stored by one marketplace is
     * replayed by another process on the same database, as behind a load balancer or after a restart.
     */
    @Nested
    class IdempotencyKeysAcrossInstances {

        @Test
        void aSecondInstanceReplaysTheAnswerTheFirstStored() throws Exception {
            Registered seller = Shop.activeSeller("DIRECT");
            String key = UUID.randomUUID().toString();
            String name = "Vase " + key.substring(0, 8);
            String body = "{\"name\":\"" + name + "\",\"description\":\"Stoneware\",\"priceAmount\":1200,\"currency\":\"eur\","
                    + "\"stock\":2,\"active\":true}";
            String path = "/api/sellers/" + seller.id() + "/products";
            Reply created = RunningMarketplace.api().request("POST", path, body, "Authorization", seller.authorization(), "Idempotency-Key", key);
            assertEquals(201, created.status(), created.body());

            Reply replayed = api.request("POST", path, body, "Authorization", seller.authorization(), "Idempotency-Key", key);

            assertEquals(201, replayed.status(), replayed.body());
            assertEquals("true", replayed.header("Idempotent-Replayed"));
            assertEquals(created.body(), replayed.body());
            assertEquals(1, Shop.longValue("SELECT COUNT(*) FROM products WHERE seller_id = ? AND name = ?", seller.id(), name));
        }
    }

    /** Two instances on one database share one stream of events: SKIP LOCKED claims mean no row is processed twice. */
    @Nested
    class TwoWebhookWorkers {

        private static final int EVENTS = 5000;

        @Test
        void twoInstancesProcessFiveThousandEventsWithNoEventHandledTwice() throws Exception {
            String batch = "it2w" + System.nanoTime();
            List<ApiClient> instances = List.of(RunningMarketplace.api(), api);

            ExecutorService senders = Executors.newFixedThreadPool(16);
            AtomicInteger acknowledged = new AtomicInteger();
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                int n = i;
                sent.add(senders.submit(() -> {
                    String payload = SignedEvents.event("evt_" + batch + "_" + n, "it.recorded", "charge", null,
                            Instant.now().getEpochSecond(), null);
                    int status = instances.get(n % 2).post("/webhooks/stripe", payload, "Stripe-Signature",
                            SignedEvents.sign(payload, SignedEvents.PLATFORM_SECRET)).status();
                    if (status == 200) {
                        acknowledged.incrementAndGet();
                    }
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
            senders.shutdown();
            assertEquals(EVENTS, acknowledged.get());

            InboxRows.awaitProcessed("evt_" + batch + "_", EVENTS, Duration.ofMinutes(3));

            assertEquals(EVENTS, InboxRows.handlerCallsOf("evt_" + batch + "_"));
            assertEquals(0, InboxRows.eventsHandledTwice("evt_" + batch + "_"), "an event was handled twice");
            int workers = InboxRows.count("SELECT COUNT(DISTINCT claimed_by) FROM webhook_events WHERE event_id LIKE ?", "evt_" + batch + "_%");
            assertTrue(workers >= 2, "both instances must have processed part of the stream, saw " + workers + " worker(s)");
        }
    }

    private static String uniqueEmail() {
        return "limited-" + UUID.randomUUID() + "@sellers.test";
    }

    private static String registration(String email) {
        return "{\"email\":\"" + email + "\",\"password\":\"correct horse battery staple\",\"displayName\":\"Limited\","
                + "\"country\":\"FR\",\"defaultCurrency\":\"eur\",\"chargeType\":\"DIRECT\"}";
    }

    private static String[] signUpForm(String email) {
        return new String[] {"email", email, "password", "correct horse battery staple", "displayName", "Limited",
            "country", "FR", "defaultCurrency", "eur", "chargeType", "DIRECT"};
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
