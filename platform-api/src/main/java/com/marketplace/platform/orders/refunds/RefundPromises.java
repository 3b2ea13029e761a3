package com.marketplace.platform.orders.refunds;

import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.OrderRepository;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.RefundOutbox;
import com.marketplace.platform.orders.domain.RefundReason;
import com.marketplace.platform.orders.domain.OrderRefusal;
import com.marketplace.platform.kernel.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The transaction of a refund request: checked and written to the outbox under the order's row
 * lock, so two requests at once cannot promise more than the buyer paid. Nothing here calls Stripe:
 * what Stripe reports as refunded is read before, and handed in.
 */
@ApplicationScoped
public class RefundPromises {

    static final Duration REQUESTER_HEAD_START = Duration.ofSeconds(30);

    private OrderRepository orders;
    private RefundOutbox refunds;
    private Clock clock;

    protected RefundPromises() {
        // for CDI proxies
    }

    @Inject
    public RefundPromises(OrderRepository orders, RefundOutbox refunds) {
        this.orders = orders;
        this.refunds = refunds;
        this.clock = Clock.systemUTC();
    }

    /** {@code refundedAtStripe}: the charge's {@code amount_refunded} as Stripe reported it just before. */
    @Transactional
    public OrderRefund promise(OrderId id, Optional<Long> amount, boolean restock, Caller caller, String requestedBy, long refundedAtStripe) {
        // The row lock comes first in the transaction: the sum of refunds promised below is read after
        // it, so it includes what a concurrent request committed while this one waited.
        Order order = orders.findForUpdate(id)
                .filter(found -> caller.mayActFor(found.sellerId()))
                .orElseThrow(() -> new OrderRefusal(OrderRefusal.Reason.ORDER_NOT_FOUND, "No order with id " + id));
        if (!OrderStatus.REFUNDABLE.contains(order.status())) {
            throw new OrderRefusal(OrderRefusal.Reason.ORDER_NOT_REFUNDABLE, "Order " + id + " is " + order.status()
                    + "; only PAID or PARTIALLY_REFUNDED orders can be refunded");
        }
        long remaining = order.remainingToRefund(refunds.amountPromised(id), refundedAtStripe);
        if (order.paymentIntentId().isEmpty() || remaining <= 0) {
            throw new OrderRefusal(OrderRefusal.Reason.ORDER_NOT_REFUNDABLE, "Nothing is left to refund on order " + id
                    + " (charged " + order.total() + ", refunded or being refunded " + (order.total().minorUnits() - remaining) + ")");
        }
        long asked = amount.orElse(remaining);
        if (asked > remaining) {
            throw new OrderRefusal(OrderRefusal.Reason.REFUND_EXCEEDS_REMAINING, "At most " + remaining + " " + order.currency()
                    + " can still be refunded on order " + id + " (refunds made at Stripe included); asked for " + asked);
        }
        if (restock && order.isRestocked()) {
            throw new OrderRefusal(OrderRefusal.Reason.ORDER_NOT_REFUNDABLE, "The items of order " + id + " were already put back in stock");
        }
        Instant now = Instant.now(clock);
        // Its requester sends it at once (RefundExecutor.executeNow); the outbox only takes it over
        // if that did not finish, so the answer says what this request's own attempt achieved.
        return refunds.add(OrderRefund.owed(id, asked, RefundReason.REQUESTED, restock, requestedBy, now, now.plus(REQUESTER_HEAD_START)));
    }
}
