package com.marketplace.sandbox.billing;

import com.marketplace.sandbox.checkout.PaymentResult;
import com.marketplace.sandbox.checkout.SubscriptionPayments;
import com.marketplace.sandbox.payments.PaymentMethod;
import com.marketplace.sandbox.protocol.Shapes;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Paying a Checkout Session in {@code mode=subscription}: the card is attached to the customer
 * (created now unless the session named one), the subscription starts — {@code trialing} with a
 * paid 0 invoice when there is a trial, else {@code active} with its first invoice charged — and
 * the session completes with {@code subscription} set. A card that cannot pay leaves the session
 * open with the card error, and nothing is created; Stripe's 0341 card attaches fine for a trial.
 */
@ApplicationScoped
public class SubscriptionCheckout implements SubscriptionPayments {

    private static final long DAY = 24 * 3600;

    @Inject
    CustomerService customers;

    @Inject
    Invoices invoices;

    @Override
    public PaymentResult pay(SandboxTx tx, Scope scope, StripeObject session, PaymentMethod method, boolean authenticated) {
        StripeObject data = session.map("sandbox_subscription_data");
        long trialDays = data.longValue("trial_period_days");
        boolean trial = trialDays > 0;
        if (method.behaviour() == PaymentMethod.Behaviour.DELAYED) {
            return new PaymentResult(PaymentResult.Outcome.DECLINED, session,
                    "Bank debits are not offered for subscriptions in the sandbox; pay by card.");
        }
        boolean declined = trial ? method.behaviour() == PaymentMethod.Behaviour.DECLINE : method.declinesCharges();
        if (declined) {
            return new PaymentResult(PaymentResult.Outcome.DECLINED, session, method.declineMessage());
        }
        // With a trial nothing is charged now: a card that asks for authentication is saved, and asks again at renewal.
        if (!trial && method.behaviour() == PaymentMethod.Behaviour.AUTHENTICATE && !authenticated) {
            return new PaymentResult(PaymentResult.Outcome.AUTHENTICATION_FAILED, session,
                    "We are unable to authenticate your payment method. Please choose a different payment method and try again.");
        }
        StripeObject customer;
        if (session.string("customer") != null) {
            customer = tx.get(session.string("customer"), scope, "customer");
        } else {
            customer = BillingObjects.customer(null);
            customer.put("email", session.string("customer_email"));
            customers.insert(tx, scope, customer);
        }
        long now = CustomerService.now(tx, customer);
        StripeObject card = customers.attachDefaultCard(tx, scope, customer, method);

        StripeObject lineItem = tx.children(session.id(), "item").get(0);
        StripeObject price = tx.find(lineItem.map("price").id()).map(SandboxTx.ScopedObject::object).orElseThrow();
        StripeObject recurring = price.map("recurring");
        StripeObject subscription = BillingObjects.subscription(customer.id(), price.string("currency"), now);
        long periodEnd = trial ? now + trialDays * DAY : BillingPeriods.end(now, recurring.string("interval"), recurring.longValue("interval_count"));
        StripeObject item = BillingObjects.subscriptionItem(subscription.id(), price, lineItem.longValue("quantity"), now, periodEnd);
        subscription.put("items", StripeObject.list("/v1/subscription_items?subscription=" + subscription.id(), List.of(item), false));
        subscription.put("status", trial ? "trialing" : "incomplete");
        subscription.put("trial_start", trial ? now : null);
        subscription.put("trial_end", trial ? periodEnd : null);
        subscription.put("billing_cycle_anchor", periodEnd == now ? now : (trial ? periodEnd : now));
        subscription.put("application_fee_percent", data.get("application_fee_percent"));
        subscription.put("transfer_data", data.string("destination") == null ? null
                : StripeObject.of("amount_percent", null, "destination", data.string("destination")));
        subscription.put("metadata", data.map("metadata") == null ? new StripeObject() : data.map("metadata").copy());
        subscription.put("default_payment_method", card.id());
        subscription.put("test_clock", customer.get("test_clock"));
        tx.insert(scope, subscription, customer.id(), customer.string("test_clock") == null ? Subscriptions.REALTIME : customer.string("test_clock"));
        invoices.record(tx, "customer.subscription.created", scope, subscription, null);

        String description = trial ? "Trial period for " + Subscriptions.productName(tx, price)
                : lineItem.longValue("quantity") + " × " + Subscriptions.productName(tx, price) + " (at "
                + Money.format(price.longValue("unit_amount"), price.string("currency")) + " / " + recurring.string("interval") + ")";
        long amount = trial ? 0 : price.longValue("unit_amount") * lineItem.longValue("quantity");
        StripeObject invoice = invoices.draft(tx, scope, customer, subscription, "subscription_create", now, now, now,
                List.of(new Invoices.Line(price, item.id(), null, amount, description, lineItem.longValue("quantity"), now, periodEnd)));
        subscription.put("latest_invoice", invoice.id());
        tx.update(subscription);
        invoices.finalize(tx, scope, invoice, customer, now);
        if ("open".equals(invoice.string("status"))) {
            invoices.attempt(tx, scope, invoice, subscription, customer, now, true);
        }
        if ("incomplete".equals(subscription.string("status"))) {
            StripeObject before = subscription.copy();
            subscription.put("status", "active");
            tx.update(subscription);
            invoices.record(tx, "customer.subscription.updated", scope, subscription, Shapes.previousAttributes(before, subscription));
        }

        StripeObject before = session.copy();
        session.put("status", "complete");
        session.put("payment_status", trial ? "no_payment_required" : "paid");
        session.put("customer", customer.id());
        session.put("subscription", subscription.id());
        session.put("invoice", invoice.id());
        tx.update(session, "complete");
        invoices.record(tx, "checkout.session.completed", scope, session, null);
        return new PaymentResult(PaymentResult.Outcome.PAID, session, null);
    }
}
