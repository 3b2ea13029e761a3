package com.marketplace.sandbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sandbox.it.support.BillingScenarios;
import com.marketplace.sandbox.it.support.RunningSandbox;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.SandboxScenarios;
import com.marketplace.testsupport.SandboxStripe;
import com.stripe.model.Customer;
import com.stripe.model.Invoice;
import com.stripe.model.InvoiceLineItem;
import com.stripe.model.InvoicePayment;
import com.stripe.model.PaymentMethod;
import com.stripe.model.Price;
import com.stripe.model.Product;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.model.testhelpers.TestClock;
import com.stripe.net.ApiResource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The billing objects against Stripe's fixtures, as {@link SandboxFidelityIT} checks the payment
 * objects: every top-level field of the fixture is served, with the same JSON type where neither
 * is null, and the object deserializes with stripe-java's model class.
 */
@ExtendWith(RunningSandbox.class)
class SandboxBillingFidelityIT {

    private static final Map<String, Class<?>> MODEL_CLASSES = Map.ofEntries(
            Map.entry("product", Product.class), Map.entry("price", Price.class), Map.entry("customer", Customer.class),
            Map.entry("payment_method", PaymentMethod.class), Map.entry("subscription", Subscription.class),
            Map.entry("subscription_item", SubscriptionItem.class), Map.entry("invoice", Invoice.class),
            Map.entry("line_item", InvoiceLineItem.class), Map.entry("invoice_payment", InvoicePayment.class),
            Map.entry("test_helpers.test_clock", TestClock.class), Map.entry("invoiceitem", com.stripe.model.InvoiceItem.class),
            Map.entry("billing_portal.session", com.stripe.model.billingportal.Session.class));

    private static JsonObject fixtures;
    private static final Map<String, JsonObject> served = new java.util.TreeMap<>();

    @BeforeAll
    static void produceOneObjectOfEachType() throws Exception {
        Path copy = MarketplaceProcess.projectRoot().resolve("stripe-sandbox/src/main/resources/sandbox/stripe-fixtures3.json");
        fixtures = parse(Files.readString(copy)).getJsonObject("resources");
        SandboxStripe stripe = RunningSandbox.stripe();
        BillingScenarios billing = new BillingScenarios(stripe);
        String seller = new SandboxScenarios(stripe).activeAccount("billing-fidelity@seller.test");
        TestClock clock = billing.clock(null);
        Customer customer = billing.customerOn(null, clock, "fidelity@buyer.test");
        Price price = billing.monthlyPlan(null, "Fidelity plan", 2400);
        Subscription subscription = billing.subscribe(null, price, customer, null, BigDecimal.TEN, seller, "4242424242424242");
        Price larger = billing.monthlyPrice(null, price.getProduct(), 4800);
        stripe.client().subscriptions().update(subscription.getId(), com.stripe.param.SubscriptionUpdateParams.builder()
                .addItem(com.stripe.param.SubscriptionUpdateParams.Item.builder().setId(subscription.getItems().getData().get(0).getId())
                        .setPrice(larger.getId()).build()).build());

        fetch(stripe, "/v1/products/" + price.getProduct(), "product");
        fetch(stripe, "/v1/prices/" + price.getId(), "price");
        JsonObject customerJson = fetch(stripe, "/v1/customers/" + customer.getId(), "customer");
        fetch(stripe, "/v1/payment_methods/" + customerJson.getJsonObject("invoice_settings").getString("default_payment_method"),
                "payment_method");
        JsonObject subscriptionJson = fetch(stripe, "/v1/subscriptions/" + subscription.getId(), "subscription");
        served.put("subscription_item", subscriptionJson.getJsonObject("items").getJsonArray("data").getJsonObject(0));
        JsonObject invoice = fetch(stripe, "/v1/invoices/" + subscription.getLatestInvoice(), "invoice");
        served.put("line_item", invoice.getJsonObject("lines").getJsonArray("data").getJsonObject(0));
        served.put("invoice_payment", parse(stripe.getRaw("/v1/invoice_payments?invoice=" + invoice.getString("id"), null).body())
                .getJsonArray("data").getJsonObject(0));
        fetch(stripe, "/v1/test_helpers/test_clocks/" + clock.getId(), "test_helpers.test_clock");
        served.put("invoiceitem", parse(stripe.getRaw("/v1/invoiceitems?customer=" + customer.getId(), null).body())
                .getJsonArray("data").getJsonObject(0));
        served.put("billing_portal.session", parse(stripe.post("/v1/billing_portal/sessions", "customer=" + customer.getId()
                + "&return_url=http%3A%2F%2F127.0.0.1%3A1%2Faccount", Map.of("Authorization", "Bearer " + SandboxStripe.API_KEY)).body()));
    }

    @Test
    void everyServedBillingObjectHasEveryFieldOfStripesFixtureWithTheSameJsonType() {
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
                        && !kind(expected).equals(kind(actual))) {
                    problems.add(type + "." + field + " is " + actual.getValueType() + ", Stripe's is " + expected.getValueType());
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(MODEL_CLASSES.keySet(), served.keySet(), "every billing type the sandbox serves is checked");
    }

    @Test
    void everyServedBillingObjectDeserializesWithStripeJavasModelClasses() {
        served.forEach((type, object) -> {
            Object model = ApiResource.GSON.fromJson(object.toString(), MODEL_CLASSES.get(type));
            assertTrue(MODEL_CLASSES.get(type).isInstance(model), type);
            if (object.containsKey("id")) {
                assertTrue(model.toString().contains(object.getString("id")), type + " lost its id: " + model);
            }
        });
    }

    private static JsonObject fetch(SandboxStripe stripe, String path, String type) {
        SandboxStripe.Raw raw = stripe.getRaw(path, null);
        assertEquals(200, raw.status(), path + ": " + raw.body());
        JsonObject object = parse(raw.body());
        served.put(type, object);
        return object;
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
