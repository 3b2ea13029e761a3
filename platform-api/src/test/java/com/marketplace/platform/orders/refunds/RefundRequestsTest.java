package com.marketplace.platform.orders.refunds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.OrderRepository;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.PaymentGateway;
import com.marketplace.platform.orders.domain.PaymentGateway.ChargeRefunds;
import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.orders.domain.StoredOrder;
import com.marketplace.platform.kernel.security.Caller;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * How a refund request learns what Stripe already refunded: live from Stripe, and from the refunds
 * recorded so far when Stripe does not answer, so a buyer's refund is still queued.
 */
class RefundRequestsTest {

    private final Order paidOrder = StoredOrder.paid(OrderStatus.PAID, 500).order();
    private final RecordingPromises promises = new RecordingPromises();

    @Test
    void whatStripeRefundedIsReadLiveBeforeTheRefundIsPromised() {
        refundRequests(routingAndIntent -> new ChargeRefunds("pi_1", 1_200)).request(paidOrder.id(), Optional.empty(), false,
                Caller.admin(), "admin");

        assertEquals(1_200, promises.refundedAtStripe.getAsLong());
    }

    @Test
    void aRefundAskedWhileStripeDoesNotAnswerIsStillPromisedOnTheRefundsRecordedSoFar() {
        refundRequests(routingAndIntent -> {
            throw new GatewayFailure("reading the refunds failed: Stripe could not be reached", true, null);
        }).request(paidOrder.id(), Optional.of(1_000L), false, Caller.admin(), "admin");

        assertEquals(500, promises.refundedAtStripe.getAsLong(), "the order's recorded refunds stand in for Stripe's figure");
    }

    @Test
    void stripeRefusingToAnswerIsNotMistakenForAnOutage() {
        GatewayFailure refused = new GatewayFailure("reading the refunds failed: Stripe refused it", false, null);
        RefundRequests requests = refundRequests(routingAndIntent -> {
            throw refused;
        });

        GatewayFailure thrown = assertThrows(GatewayFailure.class,
                () -> requests.request(paidOrder.id(), Optional.empty(), false, Caller.admin(), "admin"));
        assertSame(refused, thrown);
        assertEquals(OptionalLong.empty(), promises.refundedAtStripe, "nothing was promised");
    }

    private RefundRequests refundRequests(Function<String, ChargeRefunds> stripeRefunds) {
        OrderRepository orders = (OrderRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {OrderRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find") && paidOrder.id().equals(args[0])) {
                        return Optional.of(paidOrder);
                    }
                    throw new AssertionError("a refund request does not call OrderRepository." + method.getName());
                });
        PaymentGateway stripe = (PaymentGateway) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PaymentGateway.class}, (proxy, method, args) -> {
                    if (method.getName().equals("paymentRefunds") && args[0] instanceof PaymentRouting) {
                        return stripeRefunds.apply((String) args[1]);
                    }
                    throw new AssertionError("a refund request does not call PaymentGateway." + method.getName());
                });
        return new RefundRequests(orders, stripe, promises);
    }

    /** Stands in for the transactional step: records the figure it was given instead of writing the outbox. */
    private static final class RecordingPromises extends RefundPromises {

        OptionalLong refundedAtStripe = OptionalLong.empty();

        @Override
        public OrderRefund promise(OrderId id, Optional<Long> amount, boolean restock, Caller caller, String requestedBy,
                                   long refundedAtStripe) {
            this.refundedAtStripe = OptionalLong.of(refundedAtStripe);
            return null;
        }
    }
}
