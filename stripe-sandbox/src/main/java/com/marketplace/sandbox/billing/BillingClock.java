package com.marketplace.sandbox.billing;

import com.marketplace.sandbox.store.SandboxClock;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.SandboxTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Moves subscriptions through time: everything due up to {@code now} happens in time order, one
 * step at a time across all the subscriptions of a test clock (or of the wall clock), so a clock
 * advanced by two months produces the trial's end, two renewals and their retries in sequence.
 */
@ApplicationScoped
public class BillingClock {

    private static final int MAX_STEPS = 10_000;

    @Inject
    SandboxStore store;

    @Inject
    Subscriptions subscriptions;

    /** Runs what is due for the subscriptions living on this clock (a test clock id, or {@code realtime}). */
    public int run(SandboxTx tx, String clockKey, long now) {
        Dunning dunning = Dunning.read(tx);
        int steps = 0;
        while (steps < MAX_STEPS) {
            List<com.marketplace.sandbox.store.SandboxTx.ScopedObject> live = tx.byLookupKey(Subscriptions.OBJECT, clockKey);
            SandboxTx.ScopedObject next = null;
            long nextAt = Long.MAX_VALUE;
            for (SandboxTx.ScopedObject candidate : live) {
                Optional<Long> due = subscriptions.due(tx, candidate.object());
                if (due.isPresent() && due.get() <= now && due.get() < nextAt) {
                    next = candidate;
                    nextAt = due.get();
                }
            }
            if (next == null) {
                return steps;
            }
            subscriptions.step(tx, next.scope(), next.object(), nextAt, dunning);
            steps++;
        }
        throw new IllegalStateException("billing did not settle after " + MAX_STEPS + " steps on " + clockKey);
    }

    /** The wall-clock subscriptions (customers without a test clock), run by the sandbox's background loop. */
    @ActivateRequestContext
    public int runRealtime() {
        return store.write(tx -> run(tx, Subscriptions.REALTIME, SandboxClock.nowSeconds()));
    }

}
