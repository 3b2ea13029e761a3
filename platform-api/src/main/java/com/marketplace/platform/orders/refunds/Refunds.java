package com.marketplace.platform.orders.refunds;

import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.OrderRefusal;
import com.marketplace.platform.orders.domain.RefundOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A refund asked for by the order's seller or the admin: the one use case behind
 * {@code POST /api/orders/{id}/refund}, the seller's orders page and the admin's. The request is
 * written under the order's lock ({@link RefundRequests}), then sent to Stripe at once
 * ({@link RefundExecutor#executeNow}); the outcome says what that attempt achieved. Doors translate
 * what they read into the amount and the outcome into their answer, nothing more.
 */
@ApplicationScoped
public class Refunds {

    private RefundRequests requests;
    private RefundExecutor executor;
    private RefundOutbox outbox;

    protected Refunds() {
        // for CDI proxies
    }

    @Inject
    public Refunds(RefundRequests requests, RefundExecutor executor, RefundOutbox outbox) {
        this.requests = requests;
        this.executor = executor;
        this.outbox = outbox;
    }

    /**
     * {@code amount} in the order's minor units, empty for all that is left; {@code restock} puts the
     * items back once the refund went through. Refused ({@link OrderRefusal}) when the amount is not
     * positive, the order is not the caller's, not refundable, or has less left than asked.
     */
    public RefundOutcome refund(OrderId order, Optional<Long> amount, boolean restock, Caller caller) {
        if (amount.isPresent() && amount.get() <= 0) {
            throw new OrderRefusal(OrderRefusal.Reason.VALIDATION_FAILED, "The refund amount must be positive, or absent for all that is left");
        }
        OrderRefund owed = requests.request(order, amount, restock, caller, requestedBy(caller));
        executor.executeNow(owed.id());
        return new RefundOutcome(outbox.find(owed.id()).orElse(owed));
    }

    /**
     * Who asked, as the refund records it: the admin's e-mail, or the seller's id. Anyone else (a
     * buyer) is named too, only to be refused as for an order that is not theirs.
     */
    static String requestedBy(Caller caller) {
        if (caller.isAdmin()) {
            return Optional.ofNullable(caller.adminEmail()).orElse("admin");
        }
        return caller.seller().map(seller -> "seller:" + seller.value())
                .orElseGet(() -> caller.buyer().map(buyer -> "buyer:" + buyer.value()).orElse("anonymous"));
    }
}
