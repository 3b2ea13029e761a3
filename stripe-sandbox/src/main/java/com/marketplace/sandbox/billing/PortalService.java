package com.marketplace.sandbox.billing;

import com.marketplace.sandbox.payments.PaymentMethod;
import com.marketplace.sandbox.protocol.HttpUrls;
import com.marketplace.sandbox.protocol.Params;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.store.Ids;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Stripe's customer portal: a session for one customer, on the account the customer lives on,
 * whose {@code url} opens the hosted portal page. There the buyer replaces the card (which pays the
 * subscription's open invoices at once), cancels (at period end or now), or switches to another
 * active price of the same currency and interval (prorated, as Stripe's portal does by default).
 */
@ApplicationScoped
public class PortalService {

    static final String OBJECT = "billing_portal.session";

    @Inject
    SandboxStore store;

    @Inject
    CustomerService customers;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Invoices invoices;

    public StripeObject create(Scope scope, Params params, String sandboxBaseUrl) {
        String customerId = params.requiredString("customer");
        String returnUrl = HttpUrls.optional(params, "return_url").orElse(null);
        return store.write(tx -> {
            tx.get(customerId, scope, "customer");
            String id = "bps_" + Ids.random(24);
            StripeObject session = BillingObjects.portalSession(customerId, returnUrl, sandboxBaseUrl + "hosted/portal/" + id, id);
            tx.insert(scope, session, customerId, null);
            return session;
        });
    }

    /** The session a portal page belongs to, wherever it lives. */
    public SandboxTx.ScopedObject session(String id) {
        return store.read(tx -> tx.find(id)).filter(found -> OBJECT.equals(found.object().objectType()))
                .orElseThrow(() -> StripeError.noSuch(OBJECT, id));
    }

    /** A new default card for the customer and its subscriptions; open invoices are paid with it now. */
    public void updateCard(SandboxTx.ScopedObject session, PaymentMethod card) {
        Scope scope = session.scope();
        store.write(tx -> {
            StripeObject customer = tx.get(session.object().string("customer"), scope, "customer");
            StripeObject method = customers.attachDefaultCard(tx, scope, customer, card);
            long now = CustomerService.now(tx, customer);
            for (StripeObject subscription : ofCustomer(tx, scope, customer.id())) {
                subscription.put("default_payment_method", method.id());
                tx.update(subscription);
                for (StripeObject invoice : tx.children(subscription.id(), Invoices.OBJECT)) {
                    if ("open".equals(invoice.string("status"))) {
                        subscriptions.settle(tx, scope, tx.get(subscription.id(), scope, Subscriptions.OBJECT), invoice, customer, now);
                    }
                }
            }
            return null;
        });
    }

    public StripeObject cancel(SandboxTx.ScopedObject session, String subscriptionId, boolean atPeriodEnd) {
        owned(session, subscriptionId);
        if (atPeriodEnd) {
            return subscriptions.update(session.scope(), subscriptionId,
                    new Params(StripeObject.of("cancel_at_period_end", "true")));
        }
        return subscriptions.cancel(session.scope(), subscriptionId);
    }

    public StripeObject switchPrice(SandboxTx.ScopedObject session, String subscriptionId, String priceId) {
        StripeObject subscription = owned(session, subscriptionId);
        if (!switchable(session.scope(), subscription).stream().map(StripeObject::id).toList().contains(priceId)) {
            throw StripeError.invalidRequest("This plan cannot be chosen here.", "price");
        }
        StripeObject item = Subscriptions.item(subscription);
        StripeObject change = StripeObject.of("id", item.id(), "price", priceId);
        return subscriptions.update(session.scope(), subscriptionId, new Params(StripeObject.of(
                "items", new java.util.ArrayList<>(List.of(change)), "proration_behavior", "create_prorations")));
    }

    /** The customer's subscriptions that are not over, newest first. */
    public List<StripeObject> ofCustomer(SandboxTx tx, Scope scope, String customerId) {
        return tx.list(Subscriptions.OBJECT, scope, Integer.MAX_VALUE, null).stream()
                .filter(subscription -> customerId.equals(subscription.string("customer")))
                .filter(subscription -> !"canceled".equals(subscription.string("status")))
                .toList();
    }

    /**
     * The plans a subscriber may switch to: the other active prices of the same product family on
     * the same account — same currency and interval, and, on the platform (Destination), for the
     * same destination seller, named by the products' {@code metadata[seller]} when they carry it.
     */
    public List<StripeObject> switchable(Scope scope, StripeObject subscription) {
        StripeObject current = Subscriptions.item(subscription).map("price");
        return store.read(tx -> {
            String seller = tx.find(current.string("product")).map(found -> found.object().map("metadata").string("seller")).orElse(null);
            return tx.list("price", scope, Integer.MAX_VALUE, null).stream()
                    .filter(price -> price.bool("active") && price.get("recurring") != null && !price.id().equals(current.id()))
                    .filter(price -> price.string("currency").equals(current.string("currency")))
                    .filter(price -> price.map("recurring").get("interval").equals(current.map("recurring").get("interval")))
                    .filter(price -> seller == null || seller.equals(tx.find(price.string("product"))
                            .map(found -> found.object().map("metadata").string("seller")).orElse(null)))
                    .filter(price -> !scope.isPlatform() || seller != null
                            || price.string("product").equals(current.string("product")))
                    .toList();
        });
    }

    private StripeObject owned(SandboxTx.ScopedObject session, String subscriptionId) {
        StripeObject subscription = store.get(subscriptionId, session.scope(), Subscriptions.OBJECT);
        if (!session.object().string("customer").equals(subscription.string("customer"))) {
            throw StripeError.noSuch(Subscriptions.OBJECT, subscriptionId);
        }
        return subscription;
    }
}
