package com.marketplace.platform.orders.application;

import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.OrderRepository;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.RefundOutbox;
import com.marketplace.platform.orders.domain.RefundReason;
import com.marketplace.platform.shared.error.ApiException;
import com.marketplace.platform.shared.error.ErrorCode;
import com.marketplace.platform.shared.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A refund asked for by the admin or the order's seller: checked and written to the outbox under
 * the order's row lock, so two requests at once cannot promise more than the buyer paid. Stripe is
 * called after the commit ({@link RefundExecutor}).
 */
@ApplicationScoped
public class RefundRequests {

    static final java.time.Duration REQUESTER_HEAD_START = java.time.Duration.ofSeconds(30);

    private OrderRepository orders;
    private RefundOutbox refunds;
    private Clock clock;

    protected RefundRequests() {
        // for CDI proxies
    }

    @Inject
    public RefundRequests(OrderRepository orders, RefundOutbox refunds) {
        this.orders = orders;
        this.refunds = refunds;
        this.clock = Clock.systemUTC();
    }

    /** {@code amount} empty: all that is left. {@code restock}: put the items back once the refund went through. */
    @Transactional
    public OrderRefund request(OrderId id, Optional<Long> amount, boolean restock, Caller caller, String requestedBy) {
        Order order = orders.findForUpdate(id)
                .filter(found -> caller.mayActFor(found.sellerId()))
                .orElseThrow(() -> new ApiException(ErrorCode.ORDER_NOT_FOUND, "No order with id " + id));
        if (!OrderStatus.REFUNDABLE.contains(order.status())) {
            throw new ApiException(ErrorCode.ORDER_NOT_REFUNDABLE, "Order " + id + " is " + order.status()
                    + "; only PAID or PARTIALLY_REFUNDED orders can be refunded");
        }
        long remaining = order.total().minorUnits() - refunds.amountPromised(id);
        if (order.paymentIntentId().isEmpty() || remaining <= 0) {
            throw new ApiException(ErrorCode.ORDER_NOT_REFUNDABLE, "Nothing is left to refund on order " + id
                    + " (charged " + order.total() + ", refunded or being refunded " + (order.total().minorUnits() - Math.max(0, remaining)) + ")");
        }
        long asked = amount.orElse(remaining);
        if (asked > remaining) {
            throw new ApiException(ErrorCode.REFUND_EXCEEDS_REMAINING, "At most " + remaining + " " + order.currency()
                    + " can still be refunded on order " + id + "; asked for " + asked);
        }
        if (restock && order.isRestocked()) {
            throw new ApiException(ErrorCode.ORDER_NOT_REFUNDABLE, "The items of order " + id + " were already put back in stock");
        }
        Instant now = Instant.now(clock);
        // Its requester sends it at once (RefundExecutor.executeNow); the outbox only takes it over
        // if that did not finish, so the answer says what this request's own attempt achieved.
        return refunds.add(OrderRefund.owed(id, asked, RefundReason.REQUESTED, restock, requestedBy, now, now.plus(REQUESTER_HEAD_START)));
    }
}
