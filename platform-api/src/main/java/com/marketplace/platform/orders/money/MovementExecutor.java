package com.marketplace.platform.orders.money;

import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.MoneyGateway;
import com.marketplace.platform.orders.domain.MoneyMovement;
import com.marketplace.platform.orders.domain.OrderTransfer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends one movement of the outbox: leased first, then asked of Stripe under the row's own
 * idempotency key, so a repeat after a crash or a lost answer gets the same reversal or transfer
 * back. Stripe unreachable: tried again soon. Stripe refusing (the seller's balance too low for a
 * reversal): UNRECOVERED, visible to the admin, tried again on a slow schedule a bounded number of
 * times, then left for the admin.
 */
@ApplicationScoped
public class MovementExecutor {

    private static final Logger LOG = Logger.getLogger(MovementExecutor.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration TRANSIENT_WAIT = Duration.ofSeconds(30);

    private MoneySteps steps;
    private MoneyGateway stripe;
    private MoneySettings settings;

    protected MovementExecutor() {
        // for CDI proxies
    }

    @Inject
    public MovementExecutor(MoneySteps steps, MoneyGateway stripe, MoneySettings settings) {
        this.steps = steps;
        this.stripe = stripe;
        this.settings = settings;
    }

    /** Answers whether this call settled the movement (made, or nothing to make). */
    public boolean execute(long id) {
        Optional<MoneySteps.Leased> leased = steps.lease(id, Instant.now().plus(LEASE));
        if (leased.isEmpty()) {
            return false;
        }
        MoneyMovement movement = leased.get().movement();
        try {
            return switch (movement.kind()) {
                case REVERSAL -> reverse(movement, leased.get().transfer());
                case RETRANSFER -> transferBack(movement, leased.get().transfer());
                case ABSORBED -> steps.done(movement.id(), "absorbed", Optional.empty());
            };
        } catch (GatewayFailure e) {
            steps.retryLater(movement.id(), e.getMessage(), Instant.now().plus(TRANSIENT_WAIT));
            LOG.warning("Movement " + movement.id() + " of order " + movement.orderId() + " will be retried: " + e.getMessage());
            return false;
        } catch (MoneyGateway.MovementRefused e) {
            Optional<Instant> next = movement.attempts() >= settings.maxAttempts() ? Optional.empty()
                    : Optional.of(Instant.now().plus(backoff(movement.attempts())));
            steps.unrecovered(movement.id(), e.code(), e.getMessage(), next);
            LOG.severe("Movement " + movement.id() + " (" + movement.kind() + " of " + movement.amount() + " " + movement.currency()
                    + ", order " + movement.orderId() + ") is unrecovered (" + e.code() + ")"
                    + next.map(at -> "; tried again at " + at).orElse("; left for an admin"));
            return false;
        }
    }

    // The transfer reversed is the row's own (a Destination charge's) or the order's, once Stripe made it.
    private boolean reverse(MoneyMovement movement, Optional<OrderTransfer> transfer) {
        Optional<String> transferId = movement.stripeTransferId().or(() -> transfer.flatMap(OrderTransfer::stripeTransferId));
        if (transferId.isEmpty()) {
            if (transfer.isPresent() && transfer.get().status() == OrderTransfer.Status.PENDING) {
                steps.retryLater(movement.id(), "The transfer to reverse is not made yet", Instant.now().plus(TRANSIENT_WAIT));
                return false;
            }
            return steps.nothing(movement.id(), "The seller was never transferred this order's money");
        }
        String reversal = stripe.reverse(transferId.get(), movement.amount(), "movement-" + movement.requestKey());
        return steps.done(movement.id(), reversal, transferId);
    }

    // From the purchase's charge, in its group, as the first transfer was; a Destination charge's seller from the platform's balance.
    private boolean transferBack(MoneyMovement movement, Optional<OrderTransfer> transfer) {
        String made = stripe.transfer(Money.of(movement.amount(), movement.currency()), movement.destinationAccount(),
                transfer.flatMap(OrderTransfer::sourceCharge), transfer.map(OrderTransfer::transferGroup),
                "Returned after dispute " + movement.disputeId().orElse("") + " was won (order " + movement.orderId() + ")",
                "movement-" + movement.requestKey());
        return steps.done(movement.id(), made, Optional.empty());
    }

    private Duration backoff(int attempts) {
        return settings.unrecoveredRetryBase().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
    }
}
