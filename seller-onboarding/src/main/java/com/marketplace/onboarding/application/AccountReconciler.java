package com.marketplace.onboarding.application;

import com.marketplace.onboarding.domain.RateBudget;
import com.marketplace.onboarding.domain.ReconcileQueue;
import com.marketplace.onboarding.domain.StripeAccountId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Heals sellers whose {@code account.updated} never arrived (a dead delivery, an endpoint down):
 * each pass re-reads the accounts not synced within {@code reconcileAfter} and projects them as
 * an event would. One instance at a time (the {@code account-reconciler} lease; an instance that
 * cannot take it skips its turn), and no more reads than the {@link RateBudget} allows per minute.
 * A read that fails is tried again once {@code reconcileAfter} has passed again.
 */
@ApplicationScoped
public class AccountReconciler {

    private static final Logger LOG = Logger.getLogger(AccountReconciler.class.getName());

    private ReconcileQueue queue;
    private AccountProjection projection;
    private ReconcileSettings settings;
    private Clock clock;
    private RateBudget budget;
    private final String instance = "reconciler-" + UUID.randomUUID();

    protected AccountReconciler() {
        // for CDI proxies
    }

    @Inject
    public AccountReconciler(ReconcileQueue queue, AccountProjection projection, ReconcileSettings settings) {
        this(queue, projection, settings, Clock.systemUTC());
    }

    public AccountReconciler(ReconcileQueue queue, AccountProjection projection, ReconcileSettings settings, Clock clock) {
        this.queue = queue;
        this.projection = projection;
        this.settings = settings;
        this.clock = clock;
        this.budget = new RateBudget(settings.maxPerMinute());
    }

    /** One pass; returns the accounts it re-read (none when another instance holds the lease or the budget is spent). */
    public synchronized List<StripeAccountId> pass() {
        Instant now = Instant.now(clock);
        // The lease outlives the pass by more than the interval: a pass that dies leaves it to another instance soon.
        if (!queue.takeTurn(instance, now, now.plus(settings.interval().multipliedBy(2)))) {
            return List.of();
        }
        int allowed = budget.available(now);
        if (allowed <= 0) {
            return List.of();
        }
        List<StripeAccountId> stale = queue.takeStale(now.minus(settings.reconcileAfter()), now, allowed);
        for (StripeAccountId account : stale) {
            budget.spend(Instant.now(clock));
            try {
                projection.sync(account, 0);
            } catch (RuntimeException e) {
                // Left for its next turn. An account_invalid answer is not taken as a disconnection here:
                // Stripe gives the same answer for an account that never existed; only the event says why.
                LOG.warning("Reconciling " + account + " failed: " + e.getMessage());
            }
        }
        if (!stale.isEmpty()) {
            LOG.info("Account reconciler re-read " + stale.size() + " accounts");
        }
        return stale;
    }

    /** The reconciler's configuration (docs/configuration.md). */
    public interface ReconcileSettings {

        /** An account not synced for this long is re-read. */
        Duration reconcileAfter();

        /** How often a pass runs. */
        Duration interval();

        /** At most this many account reads per minute. */
        int maxPerMinute();
    }
}
