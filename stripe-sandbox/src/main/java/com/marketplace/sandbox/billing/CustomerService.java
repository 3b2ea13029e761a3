package com.marketplace.sandbox.billing;

import com.marketplace.sandbox.events.EventRecorder;
import com.marketplace.sandbox.payments.PaymentMethod;
import com.marketplace.sandbox.protocol.Params;
import com.marketplace.sandbox.protocol.Shapes;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.StripeRequest;
import com.marketplace.sandbox.store.SandboxClock;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Customers and their cards. A customer created with a {@code test_clock} lives in that clock's
 * time: its subscriptions start, renew and retry when the clock is advanced, not with the wall clock.
 */
@ApplicationScoped
public class CustomerService {

    @Inject
    SandboxStore store;

    @Inject
    EventRecorder events;

    @Inject
    StripeRequest request;

    public StripeObject create(Scope scope, Params params) {
        return store.write(tx -> {
            String clock = params.string("test_clock").orElse(null);
            if (clock != null) {
                tx.get(clock, scope, TestClockService.OBJECT);
            }
            StripeObject customer = BillingObjects.customer(clock);
            customer.put("created", clock == null ? SandboxClock.nowSeconds() : now(tx, customer));
            customer.put("email", params.string("email").orElse(null));
            customer.put("name", params.string("name").orElse(null));
            customer.put("description", params.string("description").orElse(null));
            customer.put("phone", params.string("phone").orElse(null));
            customer.put("metadata", params.metadata());
            insert(tx, scope, customer);
            return customer;
        });
    }

    void insert(SandboxTx tx, Scope scope, StripeObject customer) {
        tx.insert(scope, customer, null, customer.string("email"));
        record(tx, "customer.created", scope, customer, null);
    }

    public StripeObject update(Scope scope, String id, Params params) {
        return store.write(tx -> {
            StripeObject customer = tx.get(id, scope, "customer");
            StripeObject before = customer.copy();
            params.string("email").ifPresent(email -> customer.put("email", email));
            params.string("name").ifPresent(name -> customer.put("name", name));
            params.string("description").ifPresent(description -> customer.put("description", description));
            params.string("phone").ifPresent(phone -> customer.put("phone", phone));
            if (params.has("metadata")) {
                customer.map("metadata").putAll(params.metadata());
            }
            params.child("invoice_settings").string("default_payment_method").ifPresent(pm -> {
                StripeObject method = tx.get(pm, scope, "payment_method");
                if (!id.equals(method.string("customer"))) {
                    throw StripeError.invalidRequest("The payment method must be attached to the customer.", "invoice_settings[default_payment_method]");
                }
                customer.map("invoice_settings").put("default_payment_method", pm);
            });
            tx.update(customer, customer.string("email"));
            record(tx, "customer.updated", scope, customer, Shapes.previousAttributes(before, customer));
            return customer;
        });
    }

    public List<StripeObject> list(Scope scope, Params params, int limit, String after) {
        Optional<String> email = params.string("email");
        Optional<String> clock = params.string("test_clock");
        return store.read(tx -> Filtered.page(tx.list("customer", scope, Integer.MAX_VALUE, null),
                customer -> email.map(wanted -> wanted.equals(customer.string("email"))).orElse(true)
                        && clock.map(wanted -> wanted.equals(customer.string("test_clock"))).orElse(true)
                        && !customer.bool("deleted"), limit, after));
    }

    /** Attaches a test card to the customer and makes it the default for invoices: Checkout and the portal do this. */
    StripeObject attachDefaultCard(SandboxTx tx, Scope scope, StripeObject customer, PaymentMethod card) {
        StripeObject method = BillingObjects.paymentMethod(customer.id(), card);
        tx.insert(scope, method, customer.id(), null);
        record(tx, "payment_method.attached", scope, method, null);
        StripeObject before = customer.copy();
        customer.map("invoice_settings").put("default_payment_method", method.id());
        tx.update(customer, customer.string("email"));
        record(tx, "customer.updated", scope, customer, Shapes.previousAttributes(before, customer));
        return method;
    }

    /** The customer's time: its test clock's frozen time, or the sandbox clock. */
    static long now(SandboxTx tx, StripeObject customer) {
        String clock = customer.string("test_clock");
        if (clock == null) {
            return SandboxClock.nowSeconds();
        }
        return tx.find(clock).map(found -> found.object().longValue("frozen_time")).orElseGet(SandboxClock::nowSeconds);
    }

    private void record(SandboxTx tx, String type, Scope scope, StripeObject object, StripeObject previous) {
        events.record(tx, type, scope, object, previous, request.eventRequest(), request.apiVersion());
    }
}
