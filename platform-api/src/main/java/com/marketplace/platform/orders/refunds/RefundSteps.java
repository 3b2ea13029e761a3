package com.marketplace.platform.orders.refunds;

import com.marketplace.platform.orders.payment.PaymentTransitions;
import com.marketplace.platform.catalog.domain.Inventory;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.OrderRepository;
import com.marketplace.platform.orders.domain.RefundOutbox;
import com.marketplace.platform.orders.money.MoneySteps;
import com.marketplace.platform.orders.notices.OrderNotices;
import com.marketplace.platform.orders.domain.RefundStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The short transactions around a refund's Stripe call (lease before, outcome after) and the
 * recording of refunded amounts, whoever reports them (the executor, or a charge.refunded event).
 */
// An EJB for the same reason as PaymentTransitions: the outbox worker runs on a managed thread.
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class RefundSteps {

    @Inject
    OrderRepository orders;

    @Inject
    RefundOutbox refunds;

    @Inject
    Inventory inventory;

    @Inject
    OrderNotices notices;

    // The reversal of a seller's transfer a refund of a purchase across sellers owes, written with the refund's record.
    @Inject
    MoneySteps money;

    public RefundSteps() {
        // for the EJB container, which injects the fields
    }

    public RefundSteps(OrderRepository orders, RefundOutbox refunds, Inventory inventory, OrderNotices notices) {
        this.orders = orders;
        this.refunds = refunds;
        this.inventory = inventory;
        this.notices = notices;
    }

    public List<Long> due(int limit) {
        return refunds.due(Instant.now(), limit);
    }

    /** The refund and its order, if this caller now holds the refund's lease; {@code evenIfNotDue} for its requester. */
    public Optional<LeasedRefund> lease(long refundId, Instant leaseUntil, boolean evenIfNotDue) {
        Instant now = Instant.now();
        boolean leased = evenIfNotDue ? refunds.leaseNow(refundId, now, leaseUntil) : refunds.lease(refundId, now, leaseUntil);
        if (!leased) {
            return Optional.empty();
        }
        OrderRefund refund = refunds.find(refundId).orElseThrow();
        return Optional.of(new LeasedRefund(refund, orders.find(refund.orderId()).orElseThrow()));
    }

    /** Marks the refund done and, if it asked for it, puts the items back: once, whoever gets here first. */
    public boolean succeeded(OrderRefund refund, Order order, String stripeRefundId) {
        Instant now = Instant.now();
        boolean marked = refunds.succeeded(refund.id(), stripeRefundId, now);
        // Refund row, then order row, then product row: the order in which every path takes them.
        if (marked && refund.restock() && orders.markRestocked(order.id(), now)) {
            inventory.putBack(order.productId(), order.quantity(), now);
        }
        if (marked) {
            notices.refunded(order, refund, now);
            // Absent only where a unit test builds the steps without it.
            if (money != null) {
                money.owedForRefund(refund, order);
            }
        }
        return marked;
    }

    public boolean retryLater(long refundId, String error, Instant nextAttemptAt) {
        return refunds.retryLater(refundId, error, nextAttemptAt, Instant.now());
    }

    public boolean failed(long refundId, String error) {
        return refunds.failed(refundId, error, Instant.now());
    }

    /** Stores Stripe's total refunded for the order (only ever upwards) and the status that goes with it. */
    public boolean recordRefunded(OrderId order, long amountRefunded) {
        Instant now = Instant.now();
        return orders.currentForUpdate(order).flatMap(current -> current.recordRefunds(amountRefunded, now))
                .filter(orders::apply).isPresent();
    }

    /**
     * The refunded amount of one seller's share of a purchase across sellers: the sum of its own
     * refunds that went through. The charge's total refunded is the whole purchase's, not this order's.
     */
    public boolean recordOwnRefunds(OrderId order) {
        long refunded = refunds.of(order).stream().filter(refund -> refund.status() == RefundStatus.SUCCEEDED)
                .mapToLong(OrderRefund::amount).sum();
        return recordRefunded(order, refunded);
    }

    public record LeasedRefund(OrderRefund refund, Order order) {
    }
}
