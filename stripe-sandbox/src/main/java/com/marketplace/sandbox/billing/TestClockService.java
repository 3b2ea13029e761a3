package com.marketplace.sandbox.billing;

import com.marketplace.sandbox.events.EventRecorder;
import com.marketplace.sandbox.protocol.Params;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.StripeRequest;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Stripe's test clocks: a customer created on a clock lives in its {@code frozen_time}; advancing
 * the clock runs everything its subscriptions have due up to the new time (trial ends, renewals,
 * retries), in order, before answering. Stripe advances asynchronously ({@code advancing}, then
 * {@code ready}); the sandbox is done when it answers, and sends both events.
 */
@ApplicationScoped
public class TestClockService {

    static final String OBJECT = "test_helpers.test_clock";

    @Inject
    SandboxStore store;

    @Inject
    BillingClock billing;

    @Inject
    EventRecorder events;

    @Inject
    StripeRequest request;

    public StripeObject create(Scope scope, Params params) {
        long frozenTime = params.requiredLong("frozen_time");
        return store.write(tx -> {
            StripeObject clock = BillingObjects.testClock(frozenTime, params.string("name").orElse(null));
            tx.insert(scope, clock);
            events.record(tx, "test_helpers.test_clock.created", scope, clock, null, request.eventRequest(), request.apiVersion());
            return clock;
        });
    }

    public StripeObject advance(Scope scope, String id, Params params) {
        long frozenTime = params.requiredLong("frozen_time");
        return store.write(tx -> {
            StripeObject clock = tx.get(id, scope, OBJECT);
            if (frozenTime <= clock.longValue("frozen_time")) {
                throw StripeError.invalidRequest("The frozen_time must be after the test clock's current frozen_time ("
                        + clock.longValue("frozen_time") + ").", "frozen_time");
            }
            clock.put("status", "advancing");
            clock.put("status_details", StripeObject.of("advancing", StripeObject.of("target_frozen_time", frozenTime)));
            events.record(tx, "test_helpers.test_clock.advancing", scope, clock, null, request.eventRequest(), request.apiVersion());
            clock.put("frozen_time", frozenTime);
            tx.update(clock);
            billing.run(tx, id, frozenTime);
            clock.put("status", "ready");
            clock.put("status_details", new StripeObject());
            tx.update(clock);
            events.record(tx, "test_helpers.test_clock.ready", scope, clock, null, request.eventRequest(), request.apiVersion());
            return clock;
        });
    }

    public StripeObject delete(Scope scope, String id) {
        return store.write(tx -> {
            tx.get(id, scope, OBJECT);
            tx.execute("DELETE FROM sandbox_objects WHERE id = ?", id);
            return StripeObject.of("id", id, "object", OBJECT, "deleted", true);
        });
    }
}
