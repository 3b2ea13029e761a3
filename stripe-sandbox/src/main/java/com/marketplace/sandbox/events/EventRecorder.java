package com.marketplace.sandbox.events;

import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.StripeRequest;
import com.marketplace.sandbox.protocol.Templates;
import com.marketplace.sandbox.store.Ids;
import com.marketplace.sandbox.store.SandboxClock;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Records an event for a state change, in Stripe's envelope, in the same transaction as the
 * change, and queues one delivery per matching endpoint (several when a fault asks for
 * duplicates). Events on a connected account carry {@code account} and go to Connect endpoints.
 */
@ApplicationScoped
public class EventRecorder {

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    FaultPlan faults;

    public StripeObject record(SandboxTx tx, String type, Scope scope, StripeObject object, StripeObject previousAttributes,
                               StripeObject request, String apiVersion) {
        List<StripeObject> targets = endpoints.matching(tx, scope, type);
        StripeObject event = Templates.of("event");
        event.put("api_version", apiVersion == null ? StripeRequest.DEFAULT_API_VERSION : apiVersion);
        event.put("created", SandboxClock.nowSeconds());
        StripeObject data = StripeObject.of("object", object.publicCopy());
        if (previousAttributes != null) {
            data.put("previous_attributes", previousAttributes);
        }
        event.put("data", data);
        event.put("id", Ids.next("evt"));
        event.put("livemode", false);
        event.put("pending_webhooks", targets.size());
        event.put("request", request == null ? StripeObject.of("id", null, "idempotency_key", null) : request);
        event.put("type", type);
        if (!scope.isPlatform()) {
            event.put("account", scope.accountId());
        }
        tx.insert(scope, event, object.id(), type);

        if (faults.drops(type)) {
            for (StripeObject endpoint : targets) {
                DeliveryQueue.enqueueDropped(tx, event.id(), endpoint.id(), "fault injected: " + type + " events are dropped");
            }
            return event;
        }
        String status = faults.holding() ? "held" : "pending";
        // Deliveries are scheduled on the real clock: receivers check signatures against it.
        long due = System.currentTimeMillis() + faults.delayMillis();
        for (StripeObject endpoint : targets) {
            for (int copy = 0; copy < faults.copiesPerEvent(); copy++) {
                DeliveryQueue.enqueue(tx, event.id(), endpoint.id(), status, due);
            }
        }
        return event;
    }
}
