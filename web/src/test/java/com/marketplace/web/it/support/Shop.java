package com.marketplace.web.it.support;

import com.marketplace.testsupport.ApiClient;
import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.testsupport.TestMariaDb;
import com.stripe.exception.StripeException;
import com.stripe.model.Coupon;
import com.stripe.model.PromotionCode;
import com.stripe.net.RequestOptions;
import com.stripe.param.CouponCreateParams;
import com.stripe.param.PromotionCodeCreateParams;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A buyer's and a seller's moves through the public API and the sandbox, for the order tests:
 * active sellers with products, checkouts, payments on the sandbox, and the order as the admin sees it.
 */
public final class Shop {

    private static final SandboxStripe STRIPE = RunningMarketplace.stripe();

    private Shop() {
    }

    public static SandboxStripe stripe() {
        return STRIPE;
    }

    /** A seller who finished onboarding (through the sandbox's helper) and is ACTIVE at the platform. */
    public static Registered activeSeller(String chargeType) throws InterruptedException {
        Registered seller = Sellers.register(chargeType);
        SandboxStripe.Raw onboarded = STRIPE.helper("accounts/" + seller.stripeAccountId() + "/onboard", "outcome", "complete");
        if (onboarded.status() != 200) {
            throw new AssertionError("onboarding helper failed: " + onboarded.body());
        }
        Sellers.awaitStatus(seller, "ACTIVE");
        return seller;
    }

    /** An active product of the seller, created through the API; answers its id. */
    public static long product(Registered seller, long priceAmount, String currency, int stock) {
        Reply created = Sellers.post(seller, "/api/sellers/" + seller.id() + "/products", "{\"name\":\"Bowl " + UUID.randomUUID()
                .toString().substring(0, 8) + "\",\"description\":\"Stoneware\",\"priceAmount\":" + priceAmount + ",\"currency\":\""
                + currency + "\",\"stock\":" + stock + ",\"active\":true}");
        if (created.status() != 201) {
            throw new AssertionError("product refused: HTTP " + created.status() + " " + created.body());
        }
        return created.json().getJsonNumber("id").longValue();
    }

    public static Reply checkout(String body) {
        return RunningMarketplace.api().request("POST", "/api/checkout", body);
    }

    /** A started checkout; fails the test if the platform refuses it. */
    public static Started checkout(long productId, int quantity) {
        Reply reply = checkout("{\"productId\":" + productId + ",\"quantity\":" + quantity + "}");
        if (reply.status() != 201) {
            throw new AssertionError("checkout refused: HTTP " + reply.status() + " " + reply.body());
        }
        JsonObject body = reply.json();
        return new Started(body.getJsonNumber("orderId").longValue(), body.getString("sessionId"), body.getString("url"),
                body.getString("orderToken"));
    }

    /** A buyer buys {@code quantity} of the product with a card, and the order is PAID: the stock is taken. Answers the order id. */
    public static long sell(long productId, int quantity) throws InterruptedException {
        Started checkout = checkout(productId, quantity);
        pay(checkout);
        awaitStatus(checkout.orderId(), "PAID");
        return checkout.orderId();
    }

    /** Pays the session as a buyer would on the hosted page (a card that succeeds unless told otherwise). */
    public static void pay(Started checkout) {
        requireOk(STRIPE.helper("checkout/sessions/" + checkout.sessionId() + "/pay", "card", "4242424242424242"), "pay");
    }

    /** Pays the session with 4242, typing {@code email} in the page's email field (Stripe's customer_details.email). */
    public static void payAs(String sessionId, String email) {
        requireOk(STRIPE.helper("checkout/sessions/" + sessionId + "/pay", "card", "4242424242424242", "email", email), "pay");
    }

    /** A bank debit: the session completes unpaid; {@link #settle} decides it later. */
    public static String payByBankDebit(Started checkout) {
        SandboxStripe.Raw paid = STRIPE.helper("checkout/sessions/" + checkout.sessionId() + "/pay", "method", "bank_debit");
        requireOk(paid, "bank debit");
        return jsonOf(paid.body()).getJsonObject("session").getString("payment_intent");
    }

    public static void settle(String paymentIntentId, boolean succeeded) {
        requireOk(STRIPE.helper("payment_intents/" + paymentIntentId + "/settle", "outcome", succeeded ? "succeeded" : "failed"), "settle");
    }

    /** A started checkout with a promotion code entered at the marketplace; fails the test if the platform refuses it. */
    public static Started checkout(long productId, int quantity, String promotionCode) {
        Reply reply = checkoutWithCode(productId, quantity, promotionCode);
        if (reply.status() != 201) {
            throw new AssertionError("checkout refused: HTTP " + reply.status() + " " + reply.body());
        }
        JsonObject body = reply.json();
        return new Started(body.getJsonNumber("orderId").longValue(), body.getString("sessionId"), body.getString("url"),
                body.getString("orderToken"));
    }

    public static Reply checkoutWithCode(long productId, int quantity, String promotionCode) {
        return checkout("{\"productId\":" + productId + ",\"quantity\":" + quantity + ",\"promotionCode\":\"" + promotionCode + "\"}");
    }

    /** Where a seller's promotion codes live: on their own account for a Direct charge, on the platform for Destination. */
    public static RequestOptions codesOf(Registered seller, String chargeType) {
        return "DIRECT".equals(chargeType) ? SandboxStripe.onAccount(seller.stripeAccountId()) : RequestOptions.getDefault();
    }

    /** A new promotion code (a unique customer-facing code) for a coupon of {@code percentOff} %, made in {@code scope}. */
    public static PromotionCode percentOffCode(RequestOptions scope, long percentOff) throws StripeException {
        return promotionCode(scope, CouponCreateParams.builder().setPercentOff(java.math.BigDecimal.valueOf(percentOff))
                .setDuration(CouponCreateParams.Duration.ONCE).build(), code -> { });
    }

    /** A new promotion code for {@code coupon}, made in {@code scope}; {@code settings} adds expiry, limits or restrictions. */
    public static PromotionCode promotionCode(RequestOptions scope, CouponCreateParams coupon,
                                              Consumer<PromotionCodeCreateParams.Builder> settings) throws StripeException {
        Coupon created = STRIPE.client().coupons().create(coupon, scope);
        PromotionCodeCreateParams.Builder params = PromotionCodeCreateParams.builder()
                .setPromotion(PromotionCodeCreateParams.Promotion.builder().setType(PromotionCodeCreateParams.Promotion.Type.COUPON)
                        .setCoupon(created.getId()).build())
                .setCode("CODE" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase());
        settings.accept(params);
        return STRIPE.client().promotionCodes().create(params.build(), scope);
    }

    /** The admin sets the seller's own fee rate in a currency, so other tests' changes to the default cannot move a test's figures. */
    public static void feeOverride(Registered seller, String currency, int basisPoints, long fixedAmount) {
        Reply reply = RunningMarketplace.api().request("PUT", "/api/admin/fees/sellers/" + seller.id(),
                "{\"currency\":\"" + currency + "\",\"basisPoints\":" + basisPoints + ",\"fixedAmount\":" + fixedAmount + "}",
                "Authorization", RunningMarketplace.adminAuthorization());
        if (reply.status() != 200) {
            throw new AssertionError("fee override refused: HTTP " + reply.status() + " " + reply.body());
        }
    }

    /** The order as the admin sees it. */
    public static JsonObject order(long orderId) {
        Reply reply = RunningMarketplace.api().get("/api/orders/" + orderId, "Authorization", RunningMarketplace.adminAuthorization());
        if (reply.status() != 200) {
            throw new AssertionError("order " + orderId + ": HTTP " + reply.status() + " " + reply.body());
        }
        return reply.json();
    }

    public static JsonObject awaitStatus(long orderId, String expected) throws InterruptedException {
        return awaitStatus(orderId, Set.of(expected), Duration.ofSeconds(30));
    }

    /** Polls the order until its status is one of {@code expected}; returns it then. */
    public static JsonObject awaitStatus(long orderId, Set<String> expected, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            last = order(orderId);
            if (expected.contains(last.getString("status"))) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("order " + orderId + " never became " + expected + "; last seen: " + last);
    }

    public static int stock(long productId) throws SQLException {
        return (int) longValue("SELECT stock FROM products WHERE id = ?", productId);
    }

    public static long countOrders() throws SQLException {
        return longValue("SELECT COUNT(*) FROM orders WHERE id > ?", 0L);
    }

    public static long longValue(String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestMariaDb.connect(TestMariaDb.testDatabase());
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no row for " + sql);
                }
                return rs.getLong(1);
            }
        }
    }

    public static int execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestMariaDb.connect(TestMariaDb.testDatabase());
             PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        }
    }

    private static void requireOk(SandboxStripe.Raw raw, String what) {
        if (raw.status() != 200) {
            throw new AssertionError(what + " failed: HTTP " + raw.status() + " " + raw.body());
        }
    }

    private static JsonObject jsonOf(String body) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readObject();
        }
    }

    /** A checkout as the buyer got it back from the platform. */
    public record Started(long orderId, String sessionId, String url, String orderToken) {
    }
}
