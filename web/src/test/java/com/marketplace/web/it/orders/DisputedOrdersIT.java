package com.marketplace.web.it.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.ChargeActions;
import com.marketplace.web.it.support.ChargeActions.Payment;
import com.marketplace.web.it.support.RunningMarketplace;
import com.marketplace.web.it.support.Shop;
import com.marketplace.web.it.support.Shop.Started;
import com.marketplace.web.it.support.WebhookFaults;
import com.stripe.net.RequestOptions;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A dispute flags any order whose money was taken, and a won dispute gives back the state the order had. */
@ExtendWith(RunningMarketplace.class)
class DisputedOrdersIT {

    private static Registered destination;

    @BeforeAll
    static void sellers() throws Exception {
        destination = Shop.activeSeller("DESTINATION");
    }

    @AfterEach
    void clearFaults() {
        WebhookFaults.clear();
    }

    @Test
    void aDisputeOnAnOrderPaidAfterItsStockRanOutFlagsItAndAWonDisputePutsItBackOutOfStock() throws Exception {
        long product = Shop.product(destination, 1800, "eur", 1);
        Started first = Shop.checkout(product, 1);
        Started late = Shop.checkout(product, 1);
        Shop.pay(first);
        Shop.awaitStatus(first.orderId(), "PAID");
        // The late buyer pays for an item already sold, and their bank disputes the charge before the
        // platform has refunded it (before it even knows the payment went through).
        WebhookFaults.hold();
        Shop.pay(late);
        Payment payment = ChargeActions.paymentOf(late, RequestOptions.getDefault());
        String disputeId = ChargeActions.openDispute(payment);

        WebhookFaults.releaseShuffled();

        JsonObject disputed = Shop.awaitStatus(late.orderId(), "DISPUTED");
        assertEquals(disputeId, disputed.getString("disputeId"), disputed.toString());
        assertEquals("needs_response", disputed.getString("disputeStatus"), disputed.toString());
        assertEquals("Sold out before the payment was confirmed", disputed.getString("problem"), disputed.toString());
        // Stripe refuses to refund a charged-back charge: the out-of-stock refund is on record as failed.
        awaitRefund(late.orderId(), "FAILED");
        assertEquals(0, ChargeActions.refundedAtStripe(payment));

        ChargeActions.closeDispute(disputeId, "won");

        JsonObject back = Shop.awaitStatus(late.orderId(), "PAID_OUT_OF_STOCK");
        assertEquals("won", back.getString("disputeStatus"), back.toString());
        assertEquals(disputeId, back.getString("disputeId"), back.toString());
        assertEquals(0, Shop.stock(product), "the late order never took stock");
    }

    private static void awaitRefund(long orderId, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            last = Shop.order(orderId);
            if (last.getJsonArray("refunds").stream().anyMatch(refund -> status.equals(refund.asJsonObject().getString("status")))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("order " + orderId + " never had a " + status + " refund; last seen: " + last);
    }
}
