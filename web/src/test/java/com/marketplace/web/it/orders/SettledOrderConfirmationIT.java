package com.marketplace.web.it.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.PageClient;
import com.marketplace.web.it.support.PageClient.Page;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The buyer's return page and {@code GET /api/checkout/confirm} ask Stripe about a session only
 * while its order waits for a payment: a settled order is answered from the database, so anyone
 * holding a session id cannot spend the platform's Stripe rate limit. The sandbox's request log
 * shows what reached Stripe.
 */
@ExtendWith(RunningMarketplace.class)
class SettledOrderConfirmationIT {

    private static Registered seller;

    @BeforeAll
    static void seller() throws Exception {
        seller = Shop.activeSeller("DIRECT");
    }

    @Test
    void confirmingAPaidOrderAsksStripeNothing() throws Exception {
        long product = Shop.product(seller, 1_500, "eur", 3);
        Started checkout = Shop.checkout(product, 1);
        Shop.pay(checkout);
        JsonObject paid = Shop.awaitStatus(checkout.orderId(), "PAID");
        long sessionReads = Shop.stripe().requestsContaining(checkout.sessionId());
        long intentReads = Shop.stripe().requestsContaining(paid.getString("paymentIntentId"));

        Reply confirmed = RunningMarketplace.api().get("/api/checkout/confirm?session_id=" + checkout.sessionId());
        Page returned = PageClient.forMarketplace().get("/checkout/success?session_id=" + checkout.sessionId());

        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("PAID", confirmed.json().getString("status"));
        assertEquals(200, returned.status());
        assertTrue(returned.body().contains("data-status=\"PAID\""), returned.body());
        assertEquals(sessionReads, Shop.stripe().requestsContaining(checkout.sessionId()), "no request about the session");
        assertEquals(intentReads, Shop.stripe().requestsContaining(paid.getString("paymentIntentId")), "nor about its payment");
    }

    @Test
    void confirmingAPendingOrderReadsItsSessionFromStripe() throws Exception {
        long product = Shop.product(seller, 1_500, "eur", 3);
        Started checkout = Shop.checkout(product, 1);
        long sessionReads = Shop.stripe().requestsContaining(checkout.sessionId());

        Reply confirmed = RunningMarketplace.api().get("/api/checkout/confirm?session_id=" + checkout.sessionId());
        Page returned = PageClient.forMarketplace().get("/checkout/success?session_id=" + checkout.sessionId());

        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("PENDING", confirmed.json().getString("status"));
        assertEquals(200, returned.status());
        assertEquals(sessionReads + 2, Shop.stripe().requestsContaining(checkout.sessionId()),
                "each check of an unsettled order reads the session from Stripe");
    }
}
