package com.marketplace.sandbox.billing;

import com.marketplace.sandbox.checkout.PaymentProcessor;
import com.marketplace.sandbox.events.EventRecorder;
import com.marketplace.sandbox.payments.PaymentMethod;
import com.marketplace.sandbox.payments.PaymentObjects;
import com.marketplace.sandbox.protocol.Shapes;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.StripeRequest;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * A subscription's invoices: drafted with the period's line and the pending invoice items
 * (prorations), finalized (numbered, the customer's credit balance applied), then paid with the
 * customer's card as Stripe charges it off-session: the platform's {@code application_fee_percent}
 * of the total as the payment's fee, and for a destination subscription a transfer of the rest.
 */
@ApplicationScoped
public class Invoices {

    static final String OBJECT = "invoice";

    @Inject
    EventRecorder events;

    @Inject
    StripeRequest request;

    @Inject
    PaymentProcessor payments;

    public enum Attempt { PAID, DECLINED, ACTION_REQUIRED }

    /** One line of a new invoice: the subscription's price for a period (invoice item null) or a pending invoice item. */
    record Line(StripeObject price, String subscriptionItem, StripeObject invoiceItem, long amount, String description, long quantity,
                long start, long end) {
    }

    StripeObject draft(SandboxTx tx, Scope scope, StripeObject customer, StripeObject subscription, String reason, long now,
                       long periodStart, long periodEnd, List<Line> periodLines) {
        StripeObject invoice = BillingObjects.invoice(customer, subscription, reason, now);
        // Pending invoice items (prorations) come first, then the period's line, as on Stripe's invoices.
        List<Line> lines = new ArrayList<>();
        for (StripeObject pending : tx.children(subscription.id(), "invoiceitem")) {
            if (pending.get("invoice") == null) {
                StripeObject price = tx.find(pending.map("pricing").map("price_details").string("price"))
                        .map(SandboxTx.ScopedObject::object).orElseThrow();
                lines.add(new Line(price, null, pending, pending.longValue("amount"), pending.string("description"), 1,
                        pending.map("period").longValue("start"), pending.map("period").longValue("end")));
                pending.put("invoice", invoice.id());
                tx.update(pending, "invoiced");
            }
        }
        lines.addAll(periodLines);
        List<StripeObject> lineObjects = new ArrayList<>();
        long total = 0;
        for (Line line : lines) {
            lineObjects.add(BillingObjects.line(invoice.id(), subscription.id(), line.subscriptionItem(), line.invoiceItem(),
                    subscription.string("currency"), line.amount(), line.description(), line.quantity(), line.start(), line.end(),
                    line.price()));
            total += line.amount();
        }
        invoice.put("lines", StripeObject.list("/v1/invoices/" + invoice.id() + "/lines", lineObjects, false));
        invoice.put("period_start", periodStart);
        invoice.put("period_end", periodEnd);
        invoice.put("subtotal", total);
        invoice.put("subtotal_excluding_tax", total);
        invoice.put("total", total);
        invoice.put("total_excluding_tax", total);
        invoice.put("amount_due", Math.max(0, total));
        invoice.put("amount_paid", 0L);
        invoice.put("amount_remaining", Math.max(0, total));
        invoice.put("starting_balance", 0L);
        invoice.put("sandbox_fee_percent", subscription.get("application_fee_percent"));
        invoice.put("sandbox_destination", subscription.get("transfer_data") == null ? null
                : subscription.map("transfer_data").string("destination"));
        invoice.put("sandbox_finalize_at", now + 3600);
        invoice.put("automatically_finalizes_at", now + 3600);
        tx.insert(scope, invoice, subscription.id(), customer.id());
        record(tx, "invoice.created", scope, invoice, null);
        return invoice;
    }

    /** Draft to open: numbered, the customer's balance applied; an invoice with nothing due is paid at once. */
    void finalize(SandboxTx tx, Scope scope, StripeObject invoice, StripeObject customer, long now) {
        long balance = customer.longValue("balance");
        long total = invoice.longValue("total");
        long due = total + balance;
        invoice.put("starting_balance", balance);
        invoice.put("ending_balance", Math.min(0, due));
        invoice.put("amount_due", Math.max(0, due));
        invoice.put("amount_remaining", Math.max(0, due));
        long sequence = Math.max(1, customer.longValue("next_invoice_sequence"));
        invoice.put("number", customer.string("invoice_prefix") + "-" + String.format("%04d", sequence));
        customer.put("next_invoice_sequence", sequence + 1);
        if (balance != Math.min(0, due)) {
            customer.put("balance", Math.min(0, due));
        }
        tx.update(customer, customer.string("email"));
        invoice.put("status", "open");
        invoice.put("effective_at", now);
        invoice.map("status_transitions").put("finalized_at", now);
        invoice.put("sandbox_finalize_at", null);
        invoice.put("automatically_finalizes_at", null);
        tx.update(invoice);
        record(tx, "invoice.finalized", scope, invoice, null);
        if (invoice.longValue("amount_due") == 0) {
            markPaid(tx, scope, invoice, now);
        }
    }

    /**
     * Charges the invoice's amount due to the subscription's card (or the customer's default).
     * {@code authenticated} is true when the buyer is present and completed 3-D Secure (Checkout);
     * off-session, a card that asks for authentication leaves the invoice open, action required.
     */
    Attempt attempt(SandboxTx tx, Scope scope, StripeObject invoice, StripeObject subscription, StripeObject customer, long now,
                    boolean authenticated) {
        if ("paid".equals(invoice.string("status"))) {
            return Attempt.PAID;
        }
        invoice.put("attempted", true);
        invoice.put("attempt_count", invoice.longValue("attempt_count") + 1);
        String methodId = subscription.string("default_payment_method") != null ? subscription.string("default_payment_method")
                : customer.map("invoice_settings").string("default_payment_method");
        StripeObject methodObject = methodId == null ? null : tx.find(methodId).map(SandboxTx.ScopedObject::object).orElse(null);
        PaymentMethod card = methodObject == null ? null : PaymentMethod.valueOf(methodObject.string("sandbox_card"));
        if (card == null) {
            tx.update(invoice);
            record(tx, "invoice.payment_failed", scope, invoice, null);
            return Attempt.DECLINED;
        }
        StripeObject intent = intentFor(tx, scope, invoice, customer, methodId);
        if (card.behaviour() == PaymentMethod.Behaviour.AUTHENTICATE && !authenticated) {
            StripeObject before = intent.copy();
            intent.put("status", "requires_action");
            intent.put("next_action", StripeObject.of("type", "use_stripe_sdk", "use_stripe_sdk", new StripeObject()));
            tx.update(intent);
            record(tx, "payment_intent.requires_action", scope, intent, Shapes.previousAttributes(before, intent));
            tx.update(invoice);
            record(tx, "invoice.payment_failed", scope, invoice, null);
            record(tx, "invoice.payment_action_required", scope, invoice, null);
            return Attempt.ACTION_REQUIRED;
        }
        StripeObject charge = PaymentObjects.charge(intent, card);
        charge.put("customer", customer.id());
        charge.put("created", now);
        intent.put("latest_charge", charge.id());
        intent.put("next_action", null);
        tx.insert(scope, charge, intent.id(), null);
        if (card.declinesCharges()) {
            PaymentProcessor.fail(intent, charge, "card_declined", card.declineCode(), card.declineMessage());
            tx.update(intent);
            tx.update(charge);
            record(tx, "payment_intent.payment_failed", scope, intent, null);
            record(tx, "charge.failed", scope, charge, null);
            tx.update(invoice);
            record(tx, "invoice.payment_failed", scope, invoice, null);
            return Attempt.DECLINED;
        }
        payments.succeed(tx, scope, intent, charge);
        for (StripeObject payment : tx.children(invoice.id(), "invoice_payment")) {
            payment.put("status", "paid");
            payment.put("amount_paid", invoice.longValue("amount_due"));
            payment.map("status_transitions").put("paid_at", now);
            tx.update(payment);
        }
        markPaid(tx, scope, invoice, now);
        return Attempt.PAID;
    }

    private StripeObject intentFor(SandboxTx tx, Scope scope, StripeObject invoice, StripeObject customer, String methodId) {
        String existing = invoice.string("sandbox_payment_intent");
        if (existing != null) {
            StripeObject intent = tx.get(existing, scope, "payment_intent");
            intent.put("payment_method", methodId);
            return intent;
        }
        long fee = ApplicationFees.of(invoice.longValue("amount_due"), invoice.get("sandbox_fee_percent"));
        StripeObject intent = PaymentObjects.paymentIntent(invoice.longValue("amount_due"), invoice.string("currency"),
                invoice.get("sandbox_fee_percent") == null ? null : fee, invoice.string("sandbox_destination"), null,
                new StripeObject(), "Subscription " + ("subscription_create".equals(invoice.string("billing_reason")) ? "creation" : "update"),
                methodId);
        intent.put("customer", customer.id());
        intent.put("setup_future_usage", "off_session");
        tx.insert(scope, intent, invoice.id(), null);
        tx.insert(scope, BillingObjects.invoicePayment(invoice, intent.id()), invoice.id(), null);
        invoice.put("sandbox_payment_intent", intent.id());
        return intent;
    }

    private void markPaid(SandboxTx tx, Scope scope, StripeObject invoice, long now) {
        invoice.put("status", "paid");
        invoice.put("attempted", true);
        invoice.put("amount_paid", invoice.longValue("amount_due"));
        invoice.put("amount_remaining", 0L);
        invoice.put("next_payment_attempt", null);
        invoice.map("status_transitions").put("paid_at", now);
        tx.update(invoice);
        record(tx, "invoice.paid", scope, invoice, null);
        record(tx, "invoice.payment_succeeded", scope, invoice, null);
    }

    void markUncollectible(SandboxTx tx, Scope scope, StripeObject invoice, long now) {
        StripeObject before = invoice.copy();
        invoice.put("status", "uncollectible");
        invoice.put("next_payment_attempt", null);
        invoice.map("status_transitions").put("marked_uncollectible_at", now);
        tx.update(invoice);
        record(tx, "invoice.marked_uncollectible", scope, invoice, Shapes.previousAttributes(before, invoice));
    }

    /** The invoice as Stripe answers it: {@code payments} only when expanded. */
    static StripeObject withPayments(SandboxTx tx, StripeObject invoice) {
        StripeObject copy = invoice.copy();
        copy.put("payments", StripeObject.list("/v1/invoice_payments?invoice=" + invoice.id(), tx.children(invoice.id(), "invoice_payment"), false));
        return copy;
    }

    void record(SandboxTx tx, String type, Scope scope, StripeObject object, StripeObject previous) {
        events.record(tx, type, scope, object, previous, request.eventRequest(), request.apiVersion());
    }
}
