package com.marketplace.sandbox.events;

import com.marketplace.sandbox.store.SandboxTx;

/** Queues one delivery of an event to one endpoint; the single place a delivery row is written. */
public final class DeliveryQueue {

    private DeliveryQueue() {
    }

    /** {@code status} is {@code pending} (sent when due) or {@code held} (kept back by a fault). */
    public static void enqueue(SandboxTx tx, String eventId, String endpointId, String status, long dueAtMillis) {
        tx.execute("INSERT INTO sandbox_deliveries (event_id, endpoint_id, status, attempts, next_attempt_at) VALUES (?, ?, ?, 0, ?)",
                eventId, endpointId, status, dueAtMillis);
    }

    /** A delivery that will never be made (a fault dropped it), on record as failed like one whose retries ran out. */
    public static void enqueueDropped(SandboxTx tx, String eventId, String endpointId, String reason) {
        tx.execute("INSERT INTO sandbox_deliveries (event_id, endpoint_id, status, attempts, next_attempt_at, last_error)"
                + " VALUES (?, ?, 'failed', 0, ?, ?)", eventId, endpointId, System.currentTimeMillis(), reason);
    }
}
