package com.marketplace.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient;
import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.web.it.support.RunningMarketplace;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A marketplace in Stripe test mode (a test key; the shared run's sandbox standing in for Stripe,
 * through STRIPE_API_BASE), with no webhook secrets, and the sandbox war deployed next to it by
 * mistake: the marketplace runs and warns about what will not arrive, the sandbox refuses to run
 * and serves nothing. One process for all of it: a Payara start costs 20 s or more. (Not named
 * "Test…IT": Surefire would take a class whose name starts with "Test" for a unit test.)
 */
@ExtendWith(RunningMarketplace.class)
class StripeTestModeIT {

    // Shaped like a real key (so a leak would be recognisable); it is not one.
    private static final String TEST_KEY = "sk_test_51QpLmNoTaRealKeyJustTheShapeOfOne00000000";

    private static MarketplaceProcess marketplace;
    private static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        marketplace = MarketplaceProcess.startWithSandboxWar("test-mode-beside-sandbox-war", Map.of(
                "STRIPE_SECRET_KEY", TEST_KEY,
                "STRIPE_API_BASE", RunningMarketplace.process().stripeApiBase()));
        marketplace.awaitHealthy();
        api = new ApiClient(marketplace.baseUri());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (marketplace != null) {
            marketplace.close();
        }
    }

    @Test
    void theMarketplaceRunsInTestMode() throws Exception {
        assertEquals(200, api.get("/api/products").status());
        assertTrue(marketplace.output().contains("Marketplace starting: mode=test"), "start-up names the mode");
    }

    @Test
    void theSandboxWarRefusesToStartNamingTheMode() throws Exception {
        assertTrue(marketplace.output().contains("Stripe sandbox refuses to start: the marketplace runs in test mode"),
                "the refusal is one clear log line");
    }

    @Test
    void nothingOfTheSandboxIsServed() {
        for (String path : new String[] {"/stripe-sandbox/v1/accounts", "/stripe-sandbox/_sandbox/deliveries",
                "/stripe-sandbox/hosted/checkout/cs_test_x", "/stripe-sandbox/v1/webhook_endpoints"}) {
            Reply reply = api.get(path);
            // The sandbox would answer 401 (Stripe's missing key), or its own 404 in Stripe's error shape.
            assertEquals(404, reply.status(), path + ": " + reply.body());
            assertFalse(reply.body().contains("invalid_request_error"), path + " was answered by the sandbox: " + reply.body());
        }
        // With a key the request reaches the marketplace's own authentication, which refuses it: no endpoint is made.
        Reply created = api.post("/stripe-sandbox/v1/webhook_endpoints", "url=http://127.0.0.1:1/x", "Authorization", "Bearer sk_test_x");
        assertEquals(401, created.status(), created.body());
        assertTrue(created.body().contains("not_authenticated") && !created.body().contains("webhook_endpoint"), created.body());
    }

    @Test
    void withoutWebhookSecretsStartUpWarnsWhichEventsWillNotArriveAtWhichEndpoint() throws Exception {
        String output = marketplace.output();

        List<String> platform = missedEvents(output, "STRIPE_WEBHOOK_SECRET", "/webhooks/stripe");
        List<String> connect = missedEvents(output, "STRIPE_CONNECT_WEBHOOK_SECRET", "/webhooks/stripe/connect");
        List<String> both = List.of("charge.dispute.created", "charge.refunded", "checkout.session.completed",
                "customer.subscription.updated", "invoice.payment_failed");
        assertTrue(platform.containsAll(both), platform.toString());
        assertTrue(connect.containsAll(both), connect.toString());
        assertTrue(connect.contains("account.updated"), connect.toString());
        assertFalse(platform.contains("account.updated"), "account events arrive only at the Connect endpoint: " + platform);
        assertEquals(platform.stream().sorted().toList(), platform, "listed in order");
    }

    /** The events the start-up warning for a missing secret names, in the order it names them. */
    private static List<String> missedEvents(String output, String secret, String path) {
        String opening = "test mode without " + secret + ": Stripe's deliveries to " + path
                + " cannot be verified and are refused (401), so these events will not arrive there: ";
        int start = output.indexOf(opening);
        assertTrue(start >= 0, "no warning for " + secret + " in: " + output);
        int from = start + opening.length();
        String list = output.substring(from, output.indexOf(". Set " + secret, from));
        return Arrays.stream(list.split(", ")).toList();
    }

    @Test
    void theKeyIsNeverPrinted() throws Exception {
        assertFalse(marketplace.output().contains(TEST_KEY.substring(0, 8)), "more than 7 characters of the key were printed");
    }
}
