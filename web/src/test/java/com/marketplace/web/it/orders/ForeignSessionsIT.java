package com.marketplace.web.it.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.InboxRows;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.checkout.SessionCreateParams;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Direct seller can read their buyers' Checkout Sessions (they live on the seller's own
 * account), metadata included, and can make sessions of their own there. A session of theirs
 * carrying a copy of an order's metadata, paid for 1 cent, must never settle that order: its
 * completion arrives at the Connect endpoint like the real one, is processed, and changes nothing.
 */
@ExtendWith(RunningMarketplace.class)
class ForeignSessionsIT {

    private static Registered seller;

    @BeforeAll
    static void seller() throws Exception {
        seller = Shop.activeSeller("DIRECT");
        Shop.feeOverride(seller, "eur", 1_000, 0);
    }

    @Test
    void aSessionCarryingACopyOfAnOrdersMetadataIsPaidForOneCentAndLeavesTheOrderUnpaid() throws Exception {
        long product = Shop.product(seller, 2_500, "eur", 5);
        Started checkout = Shop.checkout(product, 2);

        Session copy = payedCopyOf(checkout);

        awaitCompletionProcessed(copy.getId());
        JsonObject order = Shop.order(checkout.orderId());
        assertEquals("PENDING", order.getString("status"));
        assertEquals(checkout.sessionId(), order.getString("checkoutSessionId"));
        assertFalse(order.containsKey("paymentIntentId"), order.toString());
        assertEquals(5, Shop.stock(product), "no stock taken for a payment that is not the order's");

        Shop.pay(checkout);

        JsonObject paid = Shop.awaitStatus(checkout.orderId(), "PAID");
        assertEquals(5_000, paid.getJsonNumber("amountTotal").longValue());
        assertEquals(500, paid.getJsonNumber("applicationFeeAmount").longValue());
        assertEquals(3, Shop.stock(product));
    }

    @Test
    void anOrderThatLostItsSessionIdDoesNotAdoptACopyForAnotherAmountButAdoptsItsRealSession() throws Exception {
        long product = Shop.product(seller, 1_300, "eur", 4);
        Started checkout = Shop.checkout(product, 1);
        // The crash between Stripe creating the session and the order storing its id, as ReconcilerIT makes it.
        assertEquals(1, Shop.execute("UPDATE orders SET checkout_session_id = NULL, checkout_url = NULL WHERE id = ?", checkout.orderId()));

        Session copy = payedCopyOf(checkout);

        awaitCompletionProcessed(copy.getId());
        JsonObject order = Shop.order(checkout.orderId());
        assertEquals("PENDING", order.getString("status"));
        assertFalse(order.containsKey("checkoutSessionId"), "the copy asks 1 cent where the order expects 1300: not adopted");
        assertEquals(4, Shop.stock(product));

        Shop.pay(checkout);

        JsonObject paid = Shop.awaitStatus(checkout.orderId(), "PAID");
        assertEquals(checkout.sessionId(), paid.getString("checkoutSessionId"), "the real session is adopted");
        assertEquals(1_300, paid.getJsonNumber("amountTotal").longValue());
        assertEquals(130, paid.getJsonNumber("applicationFeeAmount").longValue());
        assertEquals(3, Shop.stock(product));
    }

    @Test
    void anOrderThatLostItsSessionIdDoesNotAdoptACopyAskingItsAmountWithoutThePlatformsFee() throws Exception {
        long product = Shop.product(seller, 1_300, "eur", 4);
        Started checkout = Shop.checkout(product, 1);
        assertEquals(1, Shop.execute("UPDATE orders SET checkout_session_id = NULL, checkout_url = NULL WHERE id = ?", checkout.orderId()));

        Session copy = payedCopyOf(checkout, 1_300);

        awaitCompletionProcessed(copy.getId());
        JsonObject order = Shop.order(checkout.orderId());
        assertEquals("PENDING", order.getString("status"), "same metadata, currency and amount, but not the session Stripe made for the order");
        assertEquals(checkout.sessionId(), order.getString("checkoutSessionId"),
                "the order's creation, repeated under its idempotency key, answered the order's own session");
        assertEquals(4, Shop.stock(product));

        Shop.pay(checkout);

        JsonObject paid = Shop.awaitStatus(checkout.orderId(), "PAID");
        assertEquals(130, paid.getJsonNumber("applicationFeeAmount").longValue());
        assertEquals(3, Shop.stock(product));
    }

    private static Session payedCopyOf(Started checkout) throws Exception {
        return payedCopyOf(checkout, 1L);
    }

    /**
     * What the seller does with stripe-java and the platform's Connect access: read the real session
     * on their account, make a session of their own there with the same metadata and no platform
     * fee, for {@code amount}, and pay it.
     */
    private static Session payedCopyOf(Started checkout, long amount) throws Exception {
        RequestOptions sellersAccount = SandboxStripe.onAccount(seller.stripeAccountId());
        Session real = Shop.stripe().client().checkout().sessions().retrieve(checkout.sessionId(), sellersAccount);
        Session copy = Shop.stripe().client().checkout().sessions().create(SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setSuccessUrl("https://seller.example/thanks")
                .setClientReferenceId(real.getClientReferenceId())
                .putAllMetadata(real.getMetadata())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().putAllMetadata(real.getMetadata()).build())
                .addLineItem(SessionCreateParams.LineItem.builder().setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder().setCurrency("eur").setUnitAmount(amount)
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder().setName("Anything").build())
                                .build())
                        .build())
                .build(), sellersAccount);
        assertEquals(real.getMetadata(), copy.getMetadata());
        Shop.pay(new Started(checkout.orderId(), copy.getId(), copy.getUrl(), null));
        return copy;
    }

    /** The copy's checkout.session.completed reached the Connect endpoint and its handler ran to the end. */
    private static void awaitCompletionProcessed(String sessionId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (InboxRows.count("SELECT COUNT(*) FROM webhook_events WHERE event_type = 'checkout.session.completed'"
                    + " AND endpoint = 'connect' AND account_id = ? AND payload LIKE ? AND status = 'processed'",
                    seller.stripeAccountId(), "%" + sessionId + "%") == 1) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the completion of " + sessionId + " was never processed at the Connect endpoint");
    }
}
