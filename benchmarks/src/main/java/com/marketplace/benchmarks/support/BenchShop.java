package com.marketplace.benchmarks.support;

import com.marketplace.testsupport.ApiClient;
import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The marketplace's public API and the sandbox's test helpers, used the way sellers, buyers and
 * Stripe's hosted pages use them: the benchmark's data is made through the product, not inserted.
 */
public final class BenchShop {

    private final ApiClient api;
    private final SandboxStripe stripe;

    /** {@code stripeHost}: the process serving {@code /stripe-sandbox} (the marketplace's own or a separate one). */
    public BenchShop(URI marketplace, URI stripeHost) {
        this.api = new ApiClient(marketplace);
        this.stripe = new SandboxStripe(stripeHost);
    }

    public ApiClient api() {
        return api;
    }

    /** A seller who signed up, finished onboarding at the sandbox and is ACTIVE at the platform. */
    public Registered activeSeller(String chargeType) throws InterruptedException {
        String email = "bench-" + UUID.randomUUID() + "@sellers.test";
        String password = "bench password " + UUID.randomUUID();
        Reply reply = api.post("/api/sellers", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"displayName\":\"Bench "
                + email.substring(6, 14) + "\",\"country\":\"FR\",\"defaultCurrency\":\"eur\",\"chargeType\":\"" + chargeType + "\"}");
        require(reply, 201, "seller sign-up");
        Registered seller = new Registered(reply.json().getJsonNumber("id").longValue(), email, password,
                reply.json().getString("stripeAccountId"));
        SandboxStripe.Raw onboarded = stripe.helper("accounts/" + seller.stripeAccountId() + "/onboard", "outcome", "complete");
        if (onboarded.status() != 200) {
            throw new IllegalStateException("onboarding helper: HTTP " + onboarded.status() + " " + onboarded.body());
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Reply view = api.get("/api/sellers/" + seller.id(), "Authorization", seller.authorization());
            if (view.status() == 200 && "ACTIVE".equals(view.json().getJsonObject("onboarding").getString("status"))) {
                return seller;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("seller " + seller.id() + " never became ACTIVE");
    }

    public long product(Registered seller, long priceAmount, int stock) {
        Reply created = api.request("POST", "/api/sellers/" + seller.id() + "/products", "{\"name\":\"Bench bowl "
                + UUID.randomUUID().toString().substring(0, 8) + "\",\"description\":\"Stoneware\",\"priceAmount\":" + priceAmount
                + ",\"currency\":\"eur\",\"stock\":" + stock + ",\"active\":true}", "Authorization", seller.authorization());
        require(created, 201, "product");
        return created.json().getJsonNumber("id").longValue();
    }

    /** A buyer's Buy click: answers the reply as it came (201 with the session, or the refusal). */
    public Reply checkout(long productId, int quantity) {
        return api.request("POST", "/api/checkout", "{\"productId\":" + productId + ",\"quantity\":" + quantity + "}");
    }

    public String checkoutSession(long productId) {
        Reply reply = checkout(productId, 1);
        require(reply, 201, "checkout");
        return reply.json().getString("sessionId");
    }

    /** The buyer pays on the hosted page with a card that succeeds. */
    public SandboxStripe.Raw pay(String sessionId) {
        return stripe.helper("checkout/sessions/" + sessionId + "/pay", "card", "4242424242424242");
    }

    /** The buyer lands on the return page, which asks the platform to confirm. */
    public Reply confirm(String sessionId) {
        return api.get("/api/checkout/confirm?session_id=" + sessionId);
    }

    public SandboxStripe stripe() {
        return stripe;
    }

    private static void require(Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new IllegalStateException(what + ": HTTP " + reply.status() + " " + reply.body());
        }
    }
}
