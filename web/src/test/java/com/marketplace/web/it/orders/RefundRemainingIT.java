package com.marketplace.web.it.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.SandboxStripe;
import com.marketplace.web.it.support.ChargeActions;
import com.marketplace.web.it.support.ChargeActions.Payment;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import com.marketplace.web.it.support.WebhookFaults;
import com.stripe.net.RequestOptions;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What is left to refund counts refunds made at Stripe: total - max(refunds promised here, refunds
 * Stripe reports). The Dashboard refund's own event is held back in these tests, so the platform
 * can only know of it by asking Stripe when the refund is requested.
 */
@ExtendWith(RunningMarketplace.class)
class RefundRemainingIT {

    private static Registered direct;
    private static Registered destination;

    @BeforeAll
    static void sellers() throws Exception {
        direct = Shop.activeSeller("DIRECT");
        destination = Shop.activeSeller("DESTINATION");
    }

    @AfterEach
    void clearFaults() {
        WebhookFaults.clear();
    }

    @Test
    void afterADashboardRefundOfADirectOrderRefundingTheRestRefundsExactlyTheRest() throws Exception {
        long product = Shop.product(direct, 3000, "eur", 2);
        Started checkout = paidCheckout(product);
        Payment payment = ChargeActions.paymentOf(checkout, SandboxStripe.onAccount(direct.stripeAccountId()));
        WebhookFaults.hold();
        ChargeActions.refundAtStripe(payment, 700);

        Reply rest = refund(direct.authorization(), checkout.orderId(), "{}");

        assertEquals(200, rest.status(), rest.body());
        assertEquals("SUCCEEDED", rest.json().getString("status"), "Stripe refunded it: " + rest.body());
        assertEquals(2300, rest.json().getJsonNumber("amount").longValue(), rest.body());
        assertEquals(3000, ChargeActions.refundedAtStripe(payment));
        JsonObject refunded = Shop.awaitStatus(checkout.orderId(), "REFUNDED");
        assertEquals(3000, refunded.getJsonNumber("amountRefunded").longValue(), refunded.toString());
    }

    @Test
    void askingForMoreThanIsLeftAfterADashboardRefundOfADestinationOrderIsRefusedAndChangesNothing() throws Exception {
        long product = Shop.product(destination, 2500, "eur", 2);
        Started checkout = paidCheckout(product);
        Payment payment = ChargeActions.paymentOf(checkout, RequestOptions.getDefault());
        WebhookFaults.hold();
        ChargeActions.refundAtStripe(payment, 1000);

        Reply reply = refund(RunningMarketplace.adminAuthorization(), checkout.orderId(), "{\"amount\":1600}");

        assertEquals(409, reply.status(), reply.body());
        assertEquals("refund_exceeds_remaining", reply.json().getString("error"), reply.body());
        assertTrue(reply.json().getString("message").contains("At most 1500"), reply.body());
        JsonObject order = Shop.order(checkout.orderId());
        assertEquals("PAID", order.getString("status"), order.toString());
        assertEquals(0, order.getJsonArray("refunds").size(), "no refund row for a refused request: " + order);
        assertEquals(1000, ChargeActions.refundedAtStripe(payment), "nothing more was refunded at Stripe");

        WebhookFaults.releaseShuffled();

        JsonObject partial = Shop.awaitStatus(checkout.orderId(), "PARTIALLY_REFUNDED");
        assertEquals(1000, partial.getJsonNumber("amountRefunded").longValue(), "the Dashboard refund, once its event arrives: " + partial);
    }

    private static Started paidCheckout(long product) throws InterruptedException {
        Started checkout = Shop.checkout(product, 1);
        Shop.pay(checkout);
        Shop.awaitStatus(checkout.orderId(), "PAID");
        return checkout;
    }

    private static Reply refund(String authorization, long orderId, String body) {
        return RunningMarketplace.api().request("POST", "/api/orders/" + orderId + "/refund", body, "Authorization", authorization);
    }
}
