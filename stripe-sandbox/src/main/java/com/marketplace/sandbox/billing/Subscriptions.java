package com.marketplace.sandbox.billing;

import com.marketplace.sandbox.protocol.Params;
import com.marketplace.sandbox.protocol.Shapes;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Subscriptions: a plan change with Stripe's prorations, cancelling at period end or at once, and
 * the lifecycle a clock drives ({@link #due} and {@link #step}): the trial's end warned 3 days
 * ahead, a renewal invoice per period (a draft finalized and charged an hour later), failed
 * payments retried on the dunning schedule, then the subscription {@code unpaid} or {@code canceled}.
 */
@ApplicationScoped
public class Subscriptions {

    static final String OBJECT = "subscription";
    static final String ENDED = "ended";
    static final String REALTIME = "realtime";
    private static final long DAY = 24 * 3600;
    private static final long TRIAL_WARNING = 3 * DAY;

    @Inject
    SandboxStore store;

    @Inject
    Invoices invoices;

    @Inject
    CatalogService catalog;

    public List<StripeObject> list(Scope scope, Params params, int limit, String after) {
        Optional<String> customer = params.string("customer");
        String status = params.string("status").orElse(null);
        Optional<String> price = params.string("price");
        return store.read(tx -> Filtered.page(tx.list(OBJECT, scope, Integer.MAX_VALUE, null), subscription ->
                customer.map(id -> id.equals(subscription.string("customer"))).orElse(true)
                        && (status == null ? !"canceled".equals(subscription.string("status"))
                        : "all".equals(status) || status.equals(subscription.string("status")))
                        && price.map(id -> id.equals(item(subscription).map("price").id())).orElse(true), limit, after));
    }

    public StripeObject update(Scope scope, String id, Params params) {
        return store.write(tx -> {
            StripeObject subscription = tx.get(id, scope, OBJECT);
            if ("canceled".equals(subscription.string("status"))) {
                throw StripeError.invalidRequest("A canceled subscription can only update its cancellation_details and metadata.", null);
            }
            StripeObject customer = tx.get(subscription.string("customer"), scope, "customer");
            long now = CustomerService.now(tx, customer);
            StripeObject before = subscription.copy();
            if (params.has("metadata")) {
                subscription.map("metadata").putAll(params.metadata());
            }
            params.bool("cancel_at_period_end").ifPresent(atEnd -> {
                subscription.put("cancel_at_period_end", atEnd);
                subscription.put("cancel_at", atEnd ? item(subscription).longValue("current_period_end") : null);
                subscription.put("canceled_at", atEnd ? now : null);
                subscription.map("cancellation_details").put("reason", atEnd ? "cancellation_requested" : null);
            });
            params.string("default_payment_method").ifPresent(pm -> {
                tx.get(pm, scope, "payment_method");
                subscription.put("default_payment_method", pm);
            });
            List<Params> items = params.children("items");
            if (!items.isEmpty()) {
                changePrice(tx, scope, subscription, customer, items.get(0), params, now);
            }
            tx.update(subscription);
            invoices.record(tx, "customer.subscription.updated", scope, subscription, Shapes.previousAttributes(before, subscription));
            payImmediateInvoice(tx, scope, subscription, customer, now);
            return tx.get(id, scope, OBJECT);
        });
    }

    /** {@code DELETE /v1/subscriptions/{id}}: ends it now; nothing more is invoiced. */
    public StripeObject cancel(Scope scope, String id) {
        return store.write(tx -> {
            StripeObject subscription = tx.get(id, scope, OBJECT);
            if ("canceled".equals(subscription.string("status"))) {
                throw StripeError.invalidRequest("No such subscription: '" + id + "'", "id");
            }
            StripeObject customer = tx.get(subscription.string("customer"), scope, "customer");
            end(tx, scope, subscription, CustomerService.now(tx, customer), "cancellation_requested");
            return subscription;
        });
    }

    // items[0][price]: the period keeps its dates; with create_prorations (Stripe's default) the
    // unused time on the old price is credited and the rest of the period on the new price charged
    // on the next invoice, with always_invoice on an invoice now; during a trial nothing is prorated.
    private void changePrice(SandboxTx tx, Scope scope, StripeObject subscription, StripeObject customer, Params change, Params params,
                             long now) {
        StripeObject item = item(subscription);
        change.string("id").filter(itemId -> !itemId.equals(item.id()))
                .ifPresent(itemId -> {
                    throw StripeError.invalidRequest("No such subscription item: '" + itemId + "'", change.name("id"));
                });
        String priceId = change.requiredString("price");
        StripeObject newPrice = catalog.activePrice(tx, scope, priceId, change.name("price"));
        if (newPrice.get("recurring") == null || !newPrice.string("currency").equals(subscription.string("currency"))) {
            throw StripeError.invalidRequest("The price must be recurring and in the subscription's currency ("
                    + subscription.string("currency") + ").", change.name("price"));
        }
        StripeObject oldPrice = item.map("price");
        long quantity = change.longValue("quantity").orElse(item.longValue("quantity"));
        String behaviour = params.string("proration_behavior").orElse("create_prorations");
        if (!List.of("create_prorations", "always_invoice", "none").contains(behaviour)) {
            throw StripeError.invalidRequest("Invalid proration_behavior", "proration_behavior");
        }
        long prorationDate = params.longValue("proration_date").orElse(now);
        long start = item.longValue("current_period_start");
        long end = item.longValue("current_period_end");
        boolean sameInterval = oldPrice.map("recurring").get("interval").equals(newPrice.map("recurring").get("interval"))
                && oldPrice.map("recurring").longValue("interval_count") == newPrice.map("recurring").longValue("interval_count");
        boolean trialing = "trialing".equals(subscription.string("status"));
        if (!trialing && !"none".equals(behaviour)) {
            Proration proration = Proration.of(oldPrice.longValue("unit_amount") * item.longValue("quantity"),
                    newPrice.longValue("unit_amount") * quantity, start, end, prorationDate);
            String when = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                    .format(java.time.Instant.ofEpochSecond(prorationDate).atZone(java.time.ZoneOffset.UTC));
            addPending(tx, scope, customer, subscription, oldPrice, proration.credit(),
                    "Unused time on " + productName(tx, oldPrice) + " after " + when, prorationDate, end, now);
            if (sameInterval) {
                addPending(tx, scope, customer, subscription, newPrice, proration.charge(),
                        "Remaining time on " + productName(tx, newPrice) + " after " + when, prorationDate, end, now);
            }
        }
        StripeObject replaced = BillingObjects.subscriptionItem(subscription.id(), newPrice, quantity, start, end);
        replaced.put("id", item.id());
        replaced.put("created", item.get("created"));
        if (!sameInterval && !trialing) {
            // A new interval restarts the billing cycle now and is invoiced at once, as on Stripe.
            long newEnd = BillingPeriods.end(now, newPrice.map("recurring").string("interval"),
                    newPrice.map("recurring").longValue("interval_count"));
            replaced.put("current_period_start", now);
            replaced.put("current_period_end", newEnd);
            subscription.put("billing_cycle_anchor", now);
            subscription.put("sandbox_invoice_now", true);
        } else if ("always_invoice".equals(behaviour) && !trialing) {
            subscription.put("sandbox_invoice_now", true);
        }
        setItem(subscription, replaced);
        if (Boolean.TRUE.equals(subscription.get("cancel_at_period_end"))) {
            subscription.put("cancel_at", replaced.longValue("current_period_end"));
        }
    }

    private void payImmediateInvoice(SandboxTx tx, Scope scope, StripeObject subscription, StripeObject customer, long now) {
        if (!Boolean.TRUE.equals(subscription.remove("sandbox_invoice_now"))) {
            return;
        }
        StripeObject item = item(subscription);
        List<Invoices.Line> lines = new ArrayList<>();
        if (item.longValue("current_period_start") == now) {
            lines.add(periodLine(tx, item, now, item.longValue("current_period_end")));
        }
        StripeObject invoice = invoices.draft(tx, scope, customer, subscription, "subscription_update", now, now, now, lines);
        subscription.put("latest_invoice", invoice.id());
        tx.update(subscription);
        invoices.finalize(tx, scope, invoice, customer, now);
        if ("open".equals(invoice.string("status"))) {
            settle(tx, scope, subscription, invoice, customer, now);
        }
    }

    private void addPending(SandboxTx tx, Scope scope, StripeObject customer, StripeObject subscription, StripeObject price, long amount,
                            String description, long start, long end, long now) {
        StripeObject item = BillingObjects.invoiceItem(customer, subscription.id(), price, amount, description, start, end, now);
        tx.insert(scope, item, subscription.id(), "pending");
        invoices.record(tx, "invoiceitem.created", scope, item, null);
    }

    // ---- the lifecycle, driven by a clock ----

    /** When this subscription next needs something done, or empty when nothing is scheduled. */
    Optional<Long> due(SandboxTx tx, StripeObject subscription) {
        String status = subscription.string("status");
        if ("canceled".equals(status) || "incomplete".equals(status) || "incomplete_expired".equals(status)) {
            return Optional.empty();
        }
        List<Long> times = new ArrayList<>();
        if ("trialing".equals(status) && !subscription.bool("sandbox_trial_warned")) {
            times.add(subscription.longValue("trial_end") - TRIAL_WARNING);
        }
        times.add(item(subscription).longValue("current_period_end"));
        for (StripeObject invoice : tx.children(subscription.id(), Invoices.OBJECT)) {
            if ("draft".equals(invoice.string("status")) && invoice.bool("auto_advance") && invoice.get("sandbox_finalize_at") != null) {
                times.add(invoice.longValue("sandbox_finalize_at"));
            }
            if ("open".equals(invoice.string("status")) && invoice.get("next_payment_attempt") != null) {
                times.add(invoice.longValue("next_payment_attempt"));
            }
        }
        return times.stream().min(Long::compare);
    }

    /** Does what is due at {@code at} (never later than the clock's time). */
    void step(SandboxTx tx, Scope scope, StripeObject subscription, long at, Dunning dunning) {
        StripeObject customer = tx.get(subscription.string("customer"), scope, "customer");
        String status = subscription.string("status");
        if ("trialing".equals(status) && !subscription.bool("sandbox_trial_warned")
                && subscription.longValue("trial_end") - TRIAL_WARNING <= at) {
            subscription.put("sandbox_trial_warned", true);
            tx.update(subscription);
            invoices.record(tx, "customer.subscription.trial_will_end", scope, subscription, null);
            return;
        }
        for (StripeObject invoice : tx.children(subscription.id(), Invoices.OBJECT)) {
            if ("draft".equals(invoice.string("status")) && invoice.bool("auto_advance") && invoice.get("sandbox_finalize_at") != null
                    && invoice.longValue("sandbox_finalize_at") <= at) {
                invoices.finalize(tx, scope, invoice, customer, at);
                if ("open".equals(invoice.string("status"))) {
                    collect(tx, scope, subscription, invoice, customer, at, dunning);
                }
                return;
            }
            if ("open".equals(invoice.string("status")) && invoice.get("next_payment_attempt") != null
                    && invoice.longValue("next_payment_attempt") <= at) {
                collect(tx, scope, subscription, invoice, customer, at, dunning);
                return;
            }
        }
        StripeObject item = item(subscription);
        long periodEnd = item.longValue("current_period_end");
        if (periodEnd <= at) {
            if (subscription.bool("cancel_at_period_end")) {
                end(tx, scope, subscription, periodEnd, "cancellation_requested");
                return;
            }
            renew(tx, scope, subscription, customer, periodEnd);
        }
    }

    private void renew(SandboxTx tx, Scope scope, StripeObject subscription, StripeObject customer, long periodStart) {
        StripeObject before = subscription.copy();
        StripeObject item = item(subscription);
        StripeObject recurring = item.map("price").map("recurring");
        long periodEnd = BillingPeriods.end(periodStart, recurring.string("interval"), recurring.longValue("interval_count"));
        long previousStart = item.longValue("current_period_start");
        item.put("current_period_start", periodStart);
        item.put("current_period_end", periodEnd);
        setItem(subscription, item);
        if ("trialing".equals(subscription.string("status"))) {
            subscription.put("status", "active");
        }
        StripeObject invoice = invoices.draft(tx, scope, customer, subscription, "subscription_cycle", periodStart, previousStart, periodStart,
                List.of(periodLine(tx, item, periodStart, periodEnd)));
        if ("unpaid".equals(subscription.string("status"))) {
            // Stripe leaves an unpaid subscription's new invoices as drafts: nothing is charged until it is paid up.
            invoice.put("auto_advance", false);
            invoice.put("automatically_finalizes_at", null);
            tx.update(invoice);
        }
        subscription.put("latest_invoice", invoice.id());
        tx.update(subscription);
        invoices.record(tx, "customer.subscription.updated", scope, subscription, Shapes.previousAttributes(before, subscription));
    }

    private void collect(SandboxTx tx, Scope scope, StripeObject subscription, StripeObject invoice, StripeObject customer, long at,
                         Dunning dunning) {
        Invoices.Attempt attempt = invoices.attempt(tx, scope, invoice, subscription, customer, at, false);
        if (attempt == Invoices.Attempt.PAID) {
            recovered(tx, scope, subscription);
            return;
        }
        long attempts = invoice.longValue("attempt_count");
        Optional<Long> retryIn = dunning.delayAfterAttempt(attempts);
        StripeObject before = subscription.copy();
        if (retryIn.isPresent()) {
            invoice.put("next_payment_attempt", at + retryIn.get());
            tx.update(invoice);
            if ("active".equals(subscription.string("status")) || "trialing".equals(subscription.string("status"))) {
                subscription.put("status", "past_due");
                tx.update(subscription);
                invoices.record(tx, "customer.subscription.updated", scope, subscription, Shapes.previousAttributes(before, subscription));
            }
            return;
        }
        invoice.put("next_payment_attempt", null);
        tx.update(invoice);
        if (dunning.cancelsAfterRetries()) {
            invoices.markUncollectible(tx, scope, invoice, at);
            end(tx, scope, subscription, at, "payment_failed");
        } else if (!"unpaid".equals(subscription.string("status"))) {
            subscription.put("status", "unpaid");
            tx.update(subscription);
            invoices.record(tx, "customer.subscription.updated", scope, subscription, Shapes.previousAttributes(before, subscription));
        }
    }

    /** {@code POST /v1/invoices/{id}/pay}: an open invoice charged now; a decline is Stripe's 402 card error. */
    public StripeObject payNow(Scope scope, String invoiceId) {
        StripeObject paid = store.write(tx -> {
            StripeObject invoice = tx.get(invoiceId, scope, Invoices.OBJECT);
            if (!"open".equals(invoice.string("status"))) {
                throw StripeError.invalidRequest("Invoice is " + invoice.string("status") + "; only an open invoice can be paid.", null);
            }
            StripeObject subscription = tx.get(invoice.map("parent").map("subscription_details").string("subscription"), scope, OBJECT);
            StripeObject customer = tx.get(subscription.string("customer"), scope, "customer");
            settle(tx, scope, subscription, invoice, customer, CustomerService.now(tx, customer));
            return invoice;
        });
        if (!"paid".equals(paid.string("status"))) {
            throw new StripeError(402, "card_error", "card_declined", "Your card was declined.", null, null);
        }
        return paid;
    }

    /** Pays an open invoice now (the buyer fixed the card, or a plan change invoiced at once). */
    void settle(SandboxTx tx, Scope scope, StripeObject subscription, StripeObject invoice, StripeObject customer, long now) {
        if (invoices.attempt(tx, scope, invoice, subscription, customer, now, false) == Invoices.Attempt.PAID) {
            recovered(tx, scope, subscription);
        } else {
            tx.update(invoice);
        }
    }

    private void recovered(SandboxTx tx, Scope scope, StripeObject subscription) {
        if ("past_due".equals(subscription.string("status")) || "unpaid".equals(subscription.string("status"))) {
            StripeObject before = subscription.copy();
            subscription.put("status", "active");
            tx.update(subscription);
            invoices.record(tx, "customer.subscription.updated", scope, subscription, Shapes.previousAttributes(before, subscription));
        }
    }

    void end(SandboxTx tx, Scope scope, StripeObject subscription, long at, String reason) {
        StripeObject before = subscription.copy();
        subscription.put("status", "canceled");
        subscription.put("ended_at", at);
        if (subscription.get("canceled_at") == null) {
            subscription.put("canceled_at", at);
        }
        subscription.map("cancellation_details").put("reason", reason);
        for (StripeObject pending : tx.children(subscription.id(), "invoiceitem")) {
            if (pending.get("invoice") == null) {
                tx.execute("DELETE FROM sandbox_objects WHERE id = ?", pending.id());
            }
        }
        tx.update(subscription, ENDED);
        invoices.record(tx, "customer.subscription.deleted", scope, subscription, Shapes.previousAttributes(before, subscription));
    }

    Invoices.Line periodLine(SandboxTx tx, StripeObject item, long start, long end) {
        StripeObject price = item.map("price");
        long quantity = item.longValue("quantity");
        String description = quantity + " × " + productName(tx, price) + " (at " + Money.format(price.longValue("unit_amount"),
                price.string("currency")) + " / " + price.map("recurring").string("interval") + ")";
        return new Invoices.Line(price, item.id(), null, price.longValue("unit_amount") * quantity, description, quantity, start, end);
    }

    public static String productName(SandboxTx tx, StripeObject price) {
        return tx.find(price.string("product")).map(found -> found.object().string("name")).orElse("Plan");
    }

    public static StripeObject item(StripeObject subscription) {
        return new StripeObject(castMap(subscription.map("items").list("data").get(0)));
    }

    static void setItem(StripeObject subscription, StripeObject item) {
        StripeObject items = subscription.map("items");
        items.put("data", new ArrayList<>(List.of(item)));
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, ?> castMap(Object value) {
        return (java.util.Map<String, ?>) value;
    }
}
