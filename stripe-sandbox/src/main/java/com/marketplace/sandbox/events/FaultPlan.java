package com.marketplace.sandbox.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Webhook faults a test asks for: hold deliveries (to release them later, shuffled), deliver each
 * new event several times, delay deliveries, fail the next attempts as if the network had, or drop
 * every event of some types (as when Stripe gave up delivering one after its last retry).
 * In memory on purpose: a restart clears faults, never state.
 */
@ApplicationScoped
public class FaultPlan {

    private final AtomicBoolean holding = new AtomicBoolean();
    private final AtomicInteger copiesPerEvent = new AtomicInteger(1);
    private final AtomicLong delayMillis = new AtomicLong();
    private final AtomicInteger failNextAttempts = new AtomicInteger();
    private volatile String failOnlyUrlsContaining = "";
    private final Set<String> droppedTypes = ConcurrentHashMap.newKeySet();

    public boolean holding() {
        return holding.get();
    }

    public void hold(boolean hold) {
        holding.set(hold);
    }

    public int copiesPerEvent() {
        return copiesPerEvent.get();
    }

    public void copiesPerEvent(int copies) {
        copiesPerEvent.set(Math.max(1, copies));
    }

    public long delayMillis() {
        return delayMillis.get();
    }

    public void delayMillis(long delay) {
        delayMillis.set(Math.max(0, delay));
    }

    /** Fails the next attempts to endpoints whose URL contains {@code urlPart} (every endpoint when empty). */
    public void failNextAttempts(int attempts, String urlPart) {
        failOnlyUrlsContaining = urlPart == null ? "" : urlPart;
        failNextAttempts.set(Math.max(0, attempts));
    }

    /** True when this attempt must fail (and uses up one of the failures asked for). */
    boolean consumeFailure(String url) {
        if (!url.contains(failOnlyUrlsContaining)) {
            return false;
        }
        return failNextAttempts.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
    }

    /** From now on, events of this type are never delivered: their deliveries are recorded as failed for good. */
    public void drop(String eventType) {
        droppedTypes.add(eventType);
    }

    public boolean drops(String eventType) {
        return droppedTypes.contains(eventType);
    }

    public Set<String> droppedTypes() {
        return Set.copyOf(droppedTypes);
    }

    public void reset() {
        holding.set(false);
        copiesPerEvent.set(1);
        delayMillis.set(0);
        failNextAttempts.set(0);
        failOnlyUrlsContaining = "";
        droppedTypes.clear();
    }
}
