package com.marketplace.platform.fakes;

import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.subscriptions.domain.BillingGateway;
import com.marketplace.platform.subscriptions.domain.CheckoutState;
import com.marketplace.platform.subscriptions.domain.InvoiceState;
import com.marketplace.platform.subscriptions.domain.StripeSubscription;
import com.marketplace.platform.subscriptions.domain.SubscriptionCheckout;
import com.marketplace.platform.subscriptions.domain.SubscriptionGatewayFailure;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stripe Billing as a few maps, each object on the account it was made on: a read as another
 * account does not find it (as on Stripe). Keeps Stripe's idempotency for customers and sessions.
 * A test moves the objects the way a buyer or a clock would ({@link #complete}, {@link #put}).
 */
public final class FakeBilling implements BillingGateway {

    public record Made(Optional<String> account, String id) {
    }

    private final Map<String, String> customerKeys = new HashMap<>();
    private final Map<String, SubscriptionCheckout> checkouts = new HashMap<>();
    private final Map<String, Optional<String>> accounts = new HashMap<>();
    private final Map<String, CheckoutState> sessions = new HashMap<>();
    private final Map<String, StripeSubscription> subscriptions = new HashMap<>();
    private final Map<String, InvoiceState> invoices = new HashMap<>();
    private final List<String> writes = new ArrayList<>();
    private boolean down;
    private int next = 1;

    public void goDown() {
        down = true;
    }

    /** Every write so far: "what key". */
    public List<String> writes() {
        return writes;
    }

    public SubscriptionCheckout checkoutOf(String sessionId) {
        return checkouts.get(sessionId);
    }

    public Optional<String> accountOf(String id) {
        return accounts.get(id);
    }

    @Override
    public String createCustomer(Optional<String> account, BuyerId buyer, String email, String name, String idempotencyKey) {
        write("customer " + idempotencyKey);
        return customerKeys.computeIfAbsent(account + idempotencyKey, key -> made(account, "cus_"));
    }

    @Override
    public OpenedCheckout openCheckout(SubscriptionCheckout checkout) {
        write("session " + checkout.idempotencyKey());
        String id = checkouts.entrySet().stream().filter(entry -> entry.getValue().idempotencyKey().equals(checkout.idempotencyKey()))
                .map(Map.Entry::getKey).findFirst().orElseGet(() -> made(checkout.routing().requestAccount(), "cs_"));
        checkouts.put(id, checkout);
        sessions.putIfAbsent(id, new CheckoutState(id, "subscription", "open", Optional.empty(), Optional.of(checkout.customerId()),
                Optional.of(checkout.subscription().value())));
        return new OpenedCheckout(id, "https://checkout.test/" + id);
    }

    /** The buyer paid the session: Stripe made the subscription, in {@code status}; answers its id. */
    public String complete(String sessionId, String status, String priceId, Optional<Instant> trialEnd) {
        CheckoutState open = sessions.get(sessionId);
        String subscriptionId = made(accounts.get(sessionId), "sub_");
        subscriptions.put(subscriptionId, new StripeSubscription(subscriptionId, open.customerId().orElseThrow(), status, "si_" + subscriptionId,
                priceId, Optional.of(Instant.parse("2026-12-01T00:00:00Z")), Optional.of(Instant.parse("2027-01-01T00:00:00Z")), trialEnd,
                false, open.subscriptionRef()));
        sessions.put(sessionId, new CheckoutState(sessionId, open.mode(), "complete", Optional.of(subscriptionId), open.customerId(),
                open.subscriptionRef()));
        return subscriptionId;
    }

    public void expire(String sessionId) {
        CheckoutState open = sessions.get(sessionId);
        sessions.put(sessionId, new CheckoutState(sessionId, open.mode(), "expired", Optional.empty(), open.customerId(), open.subscriptionRef()));
    }

    /** A session someone else made on an account (a payment-mode one, say). */
    public void session(Optional<String> account, CheckoutState state) {
        accounts.put(state.sessionId(), account);
        sessions.put(state.sessionId(), state);
    }

    /** Stripe's subscription changes (a clock passed, the portal was used). */
    public void put(StripeSubscription subscription) {
        subscriptions.put(subscription.id(), subscription);
    }

    public StripeSubscription subscription(String id) {
        return subscriptions.get(id);
    }

    public void invoice(Optional<String> account, InvoiceState invoice) {
        accounts.put(invoice.id(), account);
        invoices.put(invoice.id(), invoice);
    }

    @Override
    public CheckoutState session(Optional<String> account, String sessionId) {
        return on(account, sessionId, sessions);
    }

    @Override
    public StripeSubscription subscription(Optional<String> account, String subscriptionId) {
        return on(account, subscriptionId, subscriptions);
    }

    @Override
    public InvoiceState invoice(Optional<String> account, String invoiceId) {
        return on(account, invoiceId, invoices);
    }

    @Override
    public URI portal(Optional<String> account, String customerId, URI returnUrl, String idempotencyKey) {
        write("portal " + idempotencyKey);
        if (!account.equals(accounts.get(customerId))) {
            throw new SubscriptionGatewayFailure("no such customer on " + account, false, null);
        }
        return URI.create("https://portal.test/" + customerId + "?return=" + returnUrl);
    }

    @Override
    public void changePrice(Optional<String> account, String subscriptionId, String itemId, String priceId, String idempotencyKey) {
        write("price " + idempotencyKey);
        StripeSubscription s = on(account, subscriptionId, subscriptions);
        put(new StripeSubscription(s.id(), s.customerId(), s.status(), itemId, priceId, s.currentPeriodStart(), s.currentPeriodEnd(),
                s.trialEnd(), s.cancelAtPeriodEnd(), s.subscriptionRef()));
    }

    @Override
    public void cancelAtPeriodEnd(Optional<String> account, String subscriptionId, boolean cancelAtPeriodEnd, String idempotencyKey) {
        write("cancel-at-period-end " + idempotencyKey);
        StripeSubscription s = on(account, subscriptionId, subscriptions);
        put(new StripeSubscription(s.id(), s.customerId(), s.status(), s.itemId(), s.priceId(), s.currentPeriodStart(), s.currentPeriodEnd(),
                s.trialEnd(), cancelAtPeriodEnd, s.subscriptionRef()));
    }

    @Override
    public void cancelNow(Optional<String> account, String subscriptionId, String idempotencyKey) {
        write("cancel " + idempotencyKey);
        StripeSubscription s = on(account, subscriptionId, subscriptions);
        put(new StripeSubscription(s.id(), s.customerId(), "canceled", s.itemId(), s.priceId(), s.currentPeriodStart(), s.currentPeriodEnd(),
                s.trialEnd(), s.cancelAtPeriodEnd(), s.subscriptionRef()));
    }

    private <T> T on(Optional<String> account, String id, Map<String, T> objects) {
        if (down) {
            throw new SubscriptionGatewayFailure("Stripe could not be reached", true, null);
        }
        T found = objects.get(id);
        if (found == null || !account.equals(accounts.get(id))) {
            throw new SubscriptionGatewayFailure("No such object " + id + " on " + account.orElse("the platform"), false, null);
        }
        return found;
    }

    private void write(String what) {
        if (down) {
            throw new SubscriptionGatewayFailure("Stripe could not be reached", true, null);
        }
        writes.add(what);
    }

    private String made(Optional<String> account, String prefix) {
        String id = prefix + "fake" + next++;
        accounts.put(id, account);
        return id;
    }
}
