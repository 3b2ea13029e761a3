package com.marketplace.platform.orders.transfers;

import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.platform.orders.domain.PurchaseGateway;
import com.marketplace.platform.orders.workers.OrderSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends one transfer of the outbox: leased first (so two instances never send it at once), then
 * {@code POST /v1/transfers} with {@code source_transaction} = the purchase's charge, under the
 * row's own idempotency key, so a repeat after a crash or a lost answer gets the same transfer back
 * instead of a second one. Stripe down: tried again later with a growing wait; Stripe refusing: the
 * row is FAILED for an admin.
 */
@ApplicationScoped
public class TransferExecutor {

    private static final Logger LOG = Logger.getLogger(TransferExecutor.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration MAX_RETRY_WAIT = Duration.ofHours(1);

    private TransferSteps steps;
    private PurchaseGateway stripe;
    private OrderSettings settings;

    protected TransferExecutor() {
        // for CDI proxies
    }

    @Inject
    public TransferExecutor(TransferSteps steps, PurchaseGateway stripe, OrderSettings settings) {
        this.steps = steps;
        this.stripe = stripe;
        this.settings = settings;
    }

    /** Answers whether the transfer was made (now or by an earlier attempt Stripe remembers). */
    public boolean execute(long transferId) {
        Optional<OrderTransfer> leased = steps.lease(transferId, Instant.now().plus(LEASE));
        if (leased.isEmpty()) {
            return false;
        }
        OrderTransfer transfer = leased.get();
        try {
            String source = sourceOf(transfer);
            String stripeId = stripe.createTransfer(new PurchaseGateway.NewTransfer(transfer.orderId(), transfer.purchaseId(),
                    Money.of(transfer.amount(), transfer.currency()), transfer.destinationAccount(), transfer.transferGroup(), source,
                    "transfer-" + transfer.requestKey()));
            steps.sent(transfer.id(), stripeId);
            return true;
        } catch (GatewayFailure e) {
            if (e.isTransient()) {
                Instant next = Instant.now().plus(backoff(transfer.attempts()));
                steps.retryLater(transfer.id(), e.getMessage(), next);
                LOG.warning("Transfer " + transfer.id() + " of order " + transfer.orderId() + " will be retried at " + next + ": "
                        + e.getMessage());
            } else {
                steps.failed(transfer.id(), e.getMessage());
                LOG.severe("Transfer " + transfer.id() + " of order " + transfer.orderId() + " was refused by Stripe and needs an admin: "
                        + e.getMessage());
            }
            return false;
        }
    }

    // The confirmation reads the charge before it writes the row; if Stripe did not answer it then,
    // the charge is read here from the purchase's payment intent and kept on the row.
    private String sourceOf(OrderTransfer transfer) {
        Optional<String> source = transfer.sourceCharge().or(() -> steps.purchaseCharge(transfer));
        if (source.isPresent()) {
            return source.get();
        }
        String intent = steps.purchasePaymentIntent(transfer).orElseThrow(() -> new GatewayFailure("Purchase "
                + transfer.purchaseId() + " has no payment to transfer from", false, null));
        String charge = stripe.latestCharge(intent).orElseThrow(() -> new GatewayFailure("Payment " + intent
                + " has no charge yet", true, null));
        steps.recordSource(transfer.id(), charge);
        return charge;
    }

    private Duration backoff(int attempts) {
        Duration wait = settings.refundRetryBase().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return wait.compareTo(MAX_RETRY_WAIT) > 0 ? MAX_RETRY_WAIT : wait;
    }
}
