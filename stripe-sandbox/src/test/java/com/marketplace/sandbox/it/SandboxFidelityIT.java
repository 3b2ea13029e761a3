package com.marketplace.sandbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sandbox.it.support.RunningSandbox;
import com.marketplace.sandbox.it.support.WebhookReceiver;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.SandboxScenarios;
import com.marketplace.testsupport.SandboxStripe;
import com.stripe.model.AccountLink;
import com.stripe.model.ApplicationFee;
import com.stripe.model.Charge;
import com.stripe.model.Coupon;
import com.stripe.model.Dispute;
import com.stripe.model.Event;
import com.stripe.model.FeeRefund;
import com.stripe.model.LineItem;
import com.stripe.model.LoginLink;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Price;
import com.stripe.model.PromotionCode;
import com.stripe.model.Refund;
import com.stripe.model.Transfer;
import com.stripe.model.TransferReversal;
import com.stripe.model.WebhookEndpoint;
import com.stripe.model.checkout.Session;
import com.stripe.net.ApiResource;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.CouponCreateParams;
import com.stripe.param.PromotionCodeCreateParams;
import com.stripe.param.RefundCreateParams;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sandbox's objects against Stripe's own fixtures (stripe-sandbox/src/main/resources/sandbox/stripe-fixtures3.json): every
 * top-level field the fixture of a type has is there, with the same JSON type where neither is
 * null, and the object deserializes with stripe-java's model class. If the sandbox drifts from
 * Stripe, this fails before green tests elsewhere start lying.
 */
@ExtendWith(RunningSandbox.class)
class SandboxFidelityIT {

    private static final Map<String, Class<?>> MODEL_CLASSES = Map.ofEntries(
            Map.entry("account", com.stripe.model.Account.class), Map.entry("account_link", AccountLink.class),
            Map.entry("login_link", LoginLink.class), Map.entry("checkout.session", Session.class),
            Map.entry("item", LineItem.class), Map.entry("price", Price.class), Map.entry("payment_intent", PaymentIntent.class),
            Map.entry("charge", Charge.class), Map.entry("refund", Refund.class), Map.entry("application_fee", ApplicationFee.class),
            Map.entry("fee_refund", FeeRefund.class), Map.entry("transfer", Transfer.class),
            Map.entry("transfer_reversal", TransferReversal.class), Map.entry("coupon", Coupon.class),
            Map.entry("promotion_code", PromotionCode.class), Map.entry("dispute", Dispute.class), Map.entry("event", Event.class),
            Map.entry("webhook_endpoint", WebhookEndpoint.class), Map.entry("balance", com.stripe.model.Balance.class),
            Map.entry("balance_transaction", com.stripe.model.BalanceTransaction.class),
            Map.entry("payout", com.stripe.model.Payout.class), Map.entry("bank_account", com.stripe.model.BankAccount.class),
            Map.entry("capability", com.stripe.model.Capability.class), Map.entry("application", com.stripe.model.Application.class));

    private static SandboxStripe stripe;
    private static WebhookReceiver webhooks;
    private static JsonObject fixtures;
    /** Raw JSON of one object of each type, as the sandbox serves it. */
    private static final Map<String, JsonObject> served = new java.util.TreeMap<>();

    @BeforeAll
    static void produceOneObjectOfEachType() throws Exception {
        Path copy = MarketplaceProcess.projectRoot().resolve("stripe-sandbox/src/main/resources/sandbox/stripe-fixtures3.json");
        fixtures = parse(Files.readString(copy)).getJsonObject("resources");
        stripe = RunningSandbox.stripe();
        SandboxScenarios scenarios = new SandboxScenarios(stripe);
        webhooks = WebhookReceiver.register(stripe.client());
        String seller = scenarios.activeAccount("fidelity@seller.test");

        Session session = scenarios.destinationSession(seller, 6000, 700);
        scenarios.payOnHostedPage(session, "4242424242424242");
        String sessionJson = stripe.getRaw("/v1/checkout/sessions/" + session.getId() + "?expand[]=line_items", null).body();
        JsonObject sessionObject = parse(sessionJson);
        JsonObject item = sessionObject.getJsonObject("line_items").getJsonArray("data").getJsonObject(0);
        served.put("item", item);
        served.put("price", item.getJsonObject("price"));
        served.put("checkout.session", parse(stripe.getRaw("/v1/checkout/sessions/" + session.getId(), null).body()));
        String intentId = sessionObject.getString("payment_intent");
        JsonObject intent = fetch("/v1/payment_intents/" + intentId, "payment_intent");
        JsonObject charge = fetch("/v1/charges/" + intent.getString("latest_charge"), "charge");
        fetch("/v1/balance_transactions/" + charge.getString("balance_transaction"), "balance_transaction");
        fetch("/v1/balance", "balance");
        String payout = parse(stripe.helper("accounts/" + seller + "/payouts/run").body()).getJsonArray("data").getJsonObject(0).getString("id");
        served.put("payout", parse(stripe.getRaw("/v1/payouts/" + payout, seller).body()));
        Refund refund = stripe.client().refunds().create(RefundCreateParams.builder().setCharge(charge.getString("id"))
                .setAmount(1000L).setReverseTransfer(true).setRefundApplicationFee(true).build());
        fetch("/v1/refunds/" + refund.getId(), "refund");
        JsonObject fee = fetch("/v1/application_fees/" + charge.getString("application_fee"), "application_fee");
        served.put("fee_refund", parse(stripe.getRaw("/v1/application_fees/" + fee.getString("id") + "/refunds", null).body())
                .getJsonArray("data").getJsonObject(0));
        JsonObject transfer = fetch("/v1/transfers/" + charge.getString("transfer"), "transfer");
        served.put("transfer_reversal", parse(stripe.getRaw("/v1/transfers/" + transfer.getString("id") + "/reversals", null).body())
                .getJsonArray("data").getJsonObject(0));
        JsonObject dispute = parse(stripe.helper("charges/" + charge.getString("id") + "/dispute", "reason", "fraudulent").body());
        fetch("/v1/disputes/" + dispute.getString("id"), "dispute");
        Coupon coupon = stripe.client().coupons().create(CouponCreateParams.builder()
                .setAmountOff(500L).setCurrency("eur").setDuration(CouponCreateParams.Duration.ONCE).build());
        fetch("/v1/coupons/" + coupon.getId(), "coupon");
        PromotionCode code = stripe.client().promotionCodes().create(PromotionCodeCreateParams.builder()
                .setPromotion(PromotionCodeCreateParams.Promotion.builder().setType(PromotionCodeCreateParams.Promotion.Type.COUPON)
                        .setCoupon(coupon.getId()).build()).build());
        fetch("/v1/promotion_codes/" + code.getId(), "promotion_code");
        JsonObject account = fetch("/v1/accounts/" + seller, "account");
        served.put("bank_account", account.getJsonObject("external_accounts").getJsonArray("data").getJsonObject(0));
        served.put("capability", eventObject(seller, "capability.updated"));
        String leaving = scenarios.activeAccount("fidelity-leaving@seller.test");
        stripe.helper("accounts/" + leaving + "/deauthorize");
        WebhookReceiver.Received deauthorized = webhooks.await("connect", "account.application.deauthorized",
                received -> leaving.equals(received.event().getAccount()));
        served.put("application", parse(deauthorized.payload()).getJsonObject("data").getJsonObject("object"));
        served.put("account_link", parse(stripe.post("/v1/account_links", "account=" + seller
                + "&type=account_onboarding&refresh_url=http%3A%2F%2F127.0.0.1%3A1%2Fr&return_url=http%3A%2F%2F127.0.0.1%3A1%2Fb",
                Map.of("Authorization", "Bearer " + SandboxStripe.API_KEY)).body()));
        served.put("login_link", parse(stripe.post("/v1/accounts/" + seller + "/login_links", "",
                Map.of("Authorization", "Bearer " + SandboxStripe.API_KEY)).body()));
        served.put("webhook_endpoint", parse(stripe.getRaw("/v1/webhook_endpoints", null).body()).getJsonArray("data").getJsonObject(0));
        WebhookReceiver.Received completed = webhooks.await("platform", "checkout.session.completed",
                received -> received.payload().contains(session.getId()));
        served.put("event", parse(stripe.getRaw("/v1/events/" + completed.event().getId(), null).body()));
    }

    @AfterAll
    static void disconnect() throws Exception {
        webhooks.close();
    }

    @Test
    void everyServedObjectHasEveryFieldOfStripesFixtureWithTheSameJsonType() {
        List<String> problems = new ArrayList<>();
        served.forEach((type, object) -> {
            JsonObject fixture = fixtures.getJsonObject(type);
            for (String field : fixture.keySet()) {
                if (!object.containsKey(field)) {
                    problems.add(type + "." + field + " is missing");
                    continue;
                }
                JsonValue expected = fixture.get(field);
                JsonValue actual = object.get(field);
                if (expected.getValueType() != JsonValue.ValueType.NULL && actual.getValueType() != JsonValue.ValueType.NULL
                        && !sameJsonType(expected, actual)) {
                    problems.add(type + "." + field + " is " + actual.getValueType() + ", Stripe's is " + expected.getValueType());
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(MODEL_CLASSES.keySet(), served.keySet(), "every type the sandbox serves is checked");
    }

    @Test
    void everyServedObjectDeserializesWithStripeJavasModelClasses() {
        served.forEach((type, object) -> {
            Object model = ApiResource.GSON.fromJson(object.toString(), MODEL_CLASSES.get(type));
            assertTrue(MODEL_CLASSES.get(type).isInstance(model), type);
            if (object.containsKey("id")) {
                assertTrue(model.toString().contains(object.getString("id")), type + " lost its id: " + model);
            }
        });
    }

    @Test
    void eventsCarryStripesEnvelopeAndTheApiVersionStripeJavaPins() {
        JsonObject event = served.get("event");

        assertEquals(com.stripe.Stripe.API_VERSION, event.getString("api_version"));
        assertEquals("checkout.session.completed", event.getString("type"));
        assertEquals("checkout.session", event.getJsonObject("data").getJsonObject("object").getString("object"));
        assertTrue(event.getJsonObject("request").containsKey("idempotency_key"));
        Event parsed = ApiResource.GSON.fromJson(event.toString(), Event.class);
        assertTrue(parsed.getDataObjectDeserializer().getObject().isPresent(), "the event's object must deserialize");
    }

    /** The object of the newest event of this type on a connected account, as the sandbox serves it. */
    private static JsonObject eventObject(String account, String type) {
        SandboxStripe.Raw raw = stripe.getRaw("/v1/events?type=" + type, account);
        assertEquals(200, raw.status(), type + ": " + raw.body());
        return parse(raw.body()).getJsonArray("data").getJsonObject(0).getJsonObject("data").getJsonObject("object");
    }

    private static JsonObject fetch(String path, String type) {
        SandboxStripe.Raw raw = stripe.getRaw(path, null);
        assertEquals(200, raw.status(), path + ": " + raw.body());
        JsonObject object = parse(raw.body());
        served.put(type, object);
        return object;
    }

    private static boolean sameJsonType(JsonValue expected, JsonValue actual) {
        return kind(expected).equals(kind(actual));
    }

    private static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case TRUE, FALSE -> "boolean";
            default -> value.getValueType().name();
        };
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
