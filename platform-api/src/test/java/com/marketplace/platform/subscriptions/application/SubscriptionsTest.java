package com.marketplace.platform.subscriptions.application;

import static com.marketplace.platform.subscriptions.application.SubscriptionWorld.DESTINATION;
import static com.marketplace.platform.subscriptions.application.SubscriptionWorld.DIRECT;
import static com.marketplace.platform.subscriptions.application.SubscriptionWorld.DIRECT_ACCOUNT;
import static com.marketplace.platform.subscriptions.application.SubscriptionWorld.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.notifications.domain.NotificationKind;
import com.marketplace.platform.plans.domain.Plan;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.subscriptions.domain.Access;
import com.marketplace.platform.subscriptions.domain.CheckoutState;
import com.marketplace.platform.subscriptions.domain.InvoiceState;
import com.marketplace.platform.subscriptions.domain.StripeSubscription;
import com.marketplace.platform.subscriptions.domain.SubscriptionCheckout;
import com.marketplace.platform.subscriptions.domain.SubscriptionId;
import com.marketplace.platform.subscriptions.domain.SubscriptionRefusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubscriptionsTest {

    private static final Optional<String> ON_SELLER = Optional.of(DIRECT_ACCOUNT);
    private static final Optional<String> ON_PLATFORM = Optional.empty();
    private static final Instant TRIAL_END = Instant.parse("2026-12-15T00:00:00Z");

    private final SubscriptionWorld world = new SubscriptionWorld();

    private String status(StartedSubscription started) {
        return world.service.find(started.id(), world.ada).status();
    }

    /** The buyer pays the session: Stripe has the subscription, the session's completion arrives. */
    private String paid(StartedSubscription started, Plan plan, String status, Optional<String> account) {
        String subscription = world.stripe.complete(started.sessionId(), status, plan.stripePriceId().orElseThrow(), Optional.of(TRIAL_END));
        world.handlers.onSessionCompleted(event("checkout.session.completed", started.sessionId(), account));
        return subscription;
    }

    private void stripeSays(String subscriptionId, String status) {
        StripeSubscription s = world.stripe.subscription(subscriptionId);
        world.stripe.put(new StripeSubscription(s.id(), s.customerId(), status, s.itemId(), s.priceId(), s.currentPeriodStart(),
                s.currentPeriodEnd(), s.trialEnd(), s.cancelAtPeriodEnd(), s.subscriptionRef()));
    }

    private InvoiceState invoice(String id, String subscription, String status, String reason, long paid, long attempts) {
        return new InvoiceState(id, Optional.of("INV-" + id), Optional.of(subscription), status, reason, paid, 2000, "eur", attempts,
                Optional.empty());
    }

    @Test
    void aDirectSubscriptionsCheckoutIsOnTheSellersAccountWithTheFeePercentAndTheTrial() {
        Plan plan = world.plan(DIRECT, 2000, "eur", 14);

        StartedSubscription started = world.service.start(world.ada, plan.id());

        SubscriptionCheckout checkout = world.stripe.checkoutOf(started.sessionId());
        assertEquals(ON_SELLER, world.stripe.accountOf(started.sessionId()));
        assertEquals(ON_SELLER, world.stripe.accountOf(checkout.customerId()));
        assertEquals(0, new BigDecimal("12.5").compareTo(checkout.applicationFeePercent()));
        assertEquals(14, checkout.trialDays());
        assertEquals(plan.stripePriceId().orElseThrow(), checkout.priceId());
        assertEquals("https://shop.test/account/subscriptions/" + started.id() + "?checkout=done", checkout.successUrl().toString());
        assertEquals("https://shop.test/shops/" + DIRECT, checkout.cancelUrl().toString());
        assertEquals("pending_checkout", status(started));
    }

    @Test
    void aDestinationSubscriptionsCheckoutIsOnThePlatform() {
        StartedSubscription started = world.service.start(world.ada, world.plan(DESTINATION, 2000, "eur", 0).id());

        assertEquals(ON_PLATFORM, world.stripe.accountOf(started.sessionId()));
        assertEquals(ON_PLATFORM, world.stripe.accountOf(world.stripe.checkoutOf(started.sessionId()).customerId()));
    }

    @Test
    void theBuyersCustomerIsMadeOncePerAccountAndReused() {
        Plan direct = world.plan(DIRECT, 2000, "eur", 0);

        String first = world.stripe.checkoutOf(world.service.start(world.ada, direct.id()).sessionId()).customerId();
        String second = world.stripe.checkoutOf(world.service.start(world.ada, direct.id()).sessionId()).customerId();
        world.service.start(world.ada, world.plan(DESTINATION, 2000, "eur", 0).id());

        assertEquals(first, second);
        assertEquals(2, world.subscriptions.customerCount(), "one per account");
        assertEquals(2, world.stripe.writes().stream().filter(write -> write.startsWith("customer ")).count());
    }

    @Test
    void onlyASignedInBuyerSubscribesAndOnlyToAnOfferedPlan() {
        Plan plan = world.plan(DIRECT, 2000, "eur", 0);

        SubscriptionRefusal seller = assertThrows(SubscriptionRefusal.class, () -> world.service.start(Caller.seller(DIRECT), plan.id()));
        SubscriptionRefusal unknown = assertThrows(SubscriptionRefusal.class, () -> world.service.start(world.ada, new PlanId(99)));

        assertEquals(SubscriptionRefusal.Reason.FORBIDDEN, seller.reason());
        assertEquals(SubscriptionRefusal.Reason.NOT_FOUND, unknown.reason());
    }

    @Test
    void theCompletedSessionStartsItAndDuplicatesMailBuyerAndSellerOnce() {
        Plan plan = world.plan(DIRECT, 2000, "eur", 14);
        StartedSubscription started = world.service.start(world.ada, plan.id());

        String subscription = paid(started, plan, "trialing", ON_SELLER);
        world.handlers.onSessionCompleted(event("checkout.session.completed", started.sessionId(), ON_SELLER));
        world.handlers.onCreated(event("customer.subscription.created", subscription, ON_SELLER));

        SubscriptionSummary summary = world.service.find(started.id(), world.ada);
        assertEquals("trialing", summary.status());
        assertEquals(Access.ACCESS, summary.access());
        assertEquals(Optional.of(TRIAL_END), summary.trialEnd());
        assertEquals(1, world.outbox.of(NotificationKind.SUBSCRIPTION_STARTED).size());
        assertEquals(1, world.outbox.of(NotificationKind.SELLER_NEW_SUBSCRIBER).size());
    }

    @Test
    void anEventFromAnAccountOtherThanTheSubscriptionsIsIgnored() {
        Plan plan = world.plan(DIRECT, 2000, "eur", 0);
        StartedSubscription started = world.service.start(world.ada, plan.id());

        paid(started, plan, "active", ON_PLATFORM);

        assertEquals("pending_checkout", status(started));
    }

    @Test
    void aSubscriptionEventArrivingBeforeTheSessionsFindsTheRowByItsMetadata() {
        Plan plan = world.plan(DESTINATION, 2000, "eur", 0);
        StartedSubscription started = world.service.start(world.ada, plan.id());
        String subscription = world.stripe.complete(started.sessionId(), "active", plan.stripePriceId().orElseThrow(), Optional.empty());

        world.handlers.onCreated(event("customer.subscription.created", subscription, ON_PLATFORM));

        assertEquals("active", status(started));
    }

    @Test
    void theLatestStateWinsWhateverTheOrderOfEvents() {
        Plan plan = world.plan(DESTINATION, 2000, "eur", 0);
        StartedSubscription started = world.service.start(world.ada, plan.id());
        String subscription = paid(started, plan, "active", ON_PLATFORM);
        stripeSays(subscription, "canceled");

        world.handlers.onDeleted(event("customer.subscription.deleted", subscription, ON_PLATFORM));
        world.handlers.onCreated(event("customer.subscription.created", subscription, ON_PLATFORM));
        world.handlers.onSessionCompleted(event("checkout.session.completed", started.sessionId(), ON_PLATFORM));

        assertEquals("canceled", status(started));
        assertEquals(1, world.outbox.of(NotificationKind.SUBSCRIPTION_CANCELLED).stream()
                .filter(mail -> mail.subjectId().equals("subscription_" + started.id())).count());
    }

    @Test
    void aPaidRenewalIsMailedAsAReceiptAndTheFirstInvoiceIsNot() {
        Plan plan = world.plan(DESTINATION, 2000, "eur", 0);
        String subscription = paid(world.service.start(world.ada, plan.id()), plan, "active", ON_PLATFORM);
        world.stripe.invoice(ON_PLATFORM, invoice("in_first", subscription, "paid", "subscription_create", 2000, 1));
        world.stripe.invoice(ON_PLATFORM, invoice("in_cycle", subscription, "paid", "subscription_cycle", 2000, 1));

        world.handlers.onInvoicePaid(event("invoice.paid", "in_first", ON_PLATFORM));
        world.handlers.onInvoicePaid(event("invoice.paid", "in_cycle", ON_PLATFORM));
        world.handlers.onInvoicePaid(event("invoice.paid", "in_cycle", ON_PLATFORM));

        assertEquals(1, world.outbox.of(NotificationKind.RENEWAL_RECEIPT).size());
        assertEquals("invoice_in_cycle", world.outbox.of(NotificationKind.RENEWAL_RECEIPT).get(0).subjectId());
    }

    @Test
    void aFailedRenewalIsDunnedWithTheFixLinkButNotOnceTheInvoiceIsPaid() {
        Plan plan = world.plan(DESTINATION, 2000, "eur", 0);
        StartedSubscription started = world.service.start(world.ada, plan.id());
        String subscription = paid(started, plan, "active", ON_PLATFORM);
        stripeSays(subscription, "past_due");
        world.stripe.invoice(ON_PLATFORM, invoice("in_open", subscription, "open", "subscription_cycle", 0, 1));
        world.stripe.invoice(ON_PLATFORM, invoice("in_late", subscription, "paid", "subscription_cycle", 2000, 2));

        world.handlers.onInvoicePaymentFailed(event("invoice.payment_failed", "in_open", ON_PLATFORM));
        world.handlers.onInvoicePaymentFailed(event("invoice.payment_failed", "in_late", ON_PLATFORM));

        assertEquals("past_due", status(started));
        assertEquals(1, world.outbox.of(NotificationKind.RENEWAL_FAILED).size());
        assertEquals("https://shop.test/account/subscriptions/" + started.id() + "/portal",
                world.outbox.of(NotificationKind.RENEWAL_FAILED).get(0).value("fixUrl"));
    }

    @Test
    void anExpiredSessionLeavesTheCheckoutExpired() {
        StartedSubscription started = world.service.start(world.ada, world.plan(DIRECT, 2000, "eur", 0).id());
        world.stripe.expire(started.sessionId());

        world.handlers.onSessionExpired(event("checkout.session.expired", started.sessionId(), ON_SELLER));

        assertEquals("checkout_expired", status(started));
    }

    @Test
    void aPaymentModeSessionIsLeftToTheOrders() {
        world.stripe.session(ON_PLATFORM, new CheckoutState("cs_order", "payment", "complete", Optional.empty(), Optional.empty(),
                Optional.empty()));

        world.handlers.onSessionCompleted(event("checkout.session.completed", "cs_order", ON_PLATFORM));

        assertEquals(0, world.outbox.all().size());
    }

    @Test
    void aPlanChangeSwitchesToTheTargetsPriceWithAKeyOfItsOwnAndAnswersTheMirror() {
        Plan basic = world.plan(DIRECT, 2000, "eur", 0);
        Plan premium = world.plan(DIRECT, 5000, "eur", 0);
        StartedSubscription started = world.service.start(world.ada, basic.id());
        paid(started, basic, "active", ON_SELLER);

        SubscriptionSummary switched = world.service.changePlan(started.id(), premium.id(), world.ada);

        assertEquals(premium.id(), switched.planId());
        assertEquals(5000, switched.price().minorUnits());
        assertTrue(world.stripe.writes().contains("price subscription-" + started.id() + "-price-" + premium.stripePriceId().orElseThrow()
                + "-v0"), world.stripe.writes().toString());
    }

    @Test
    void aPlanInAnotherCurrencyOrOfAnotherSellerIsNoSwitch() {
        Plan basic = world.plan(DIRECT, 2000, "eur", 0);
        Plan dollars = world.plan(DIRECT, 2000, "usd", 0);
        Plan elsewhere = world.plan(DESTINATION, 2000, "eur", 0);
        StartedSubscription started = world.service.start(world.ada, basic.id());
        paid(started, basic, "active", ON_SELLER);

        assertEquals(SubscriptionRefusal.Reason.CONFLICT, assertThrows(SubscriptionRefusal.class,
                () -> world.service.changePlan(started.id(), dollars.id(), world.ada)).reason());
        assertEquals(SubscriptionRefusal.Reason.CONFLICT, assertThrows(SubscriptionRefusal.class,
                () -> world.service.changePlan(started.id(), elsewhere.id(), world.ada)).reason());
        assertEquals(0, world.service.switchableTo(started.id(), world.ada).size());
    }

    @Test
    void cancellingAtOnceEndsAccessAndTellsBuyerAndSeller() {
        Plan plan = world.plan(DIRECT, 2000, "eur", 0);
        StartedSubscription started = world.service.start(world.ada, plan.id());
        paid(started, plan, "active", ON_SELLER);

        SubscriptionSummary cancelled = world.service.cancel(started.id(), false, world.ada);

        assertEquals("canceled", cancelled.status());
        assertTrue(cancelled.endedAt().isPresent());
        assertEquals(2, world.outbox.of(NotificationKind.SUBSCRIPTION_CANCELLED).size());
        assertEquals(SubscriptionRefusal.Reason.CONFLICT, assertThrows(SubscriptionRefusal.class,
                () -> world.service.cancel(started.id(), false, world.ada)).reason());
    }

    @Test
    void cancellingAtPeriodEndKeepsAccess() {
        Plan plan = world.plan(DIRECT, 2000, "eur", 0);
        StartedSubscription started = world.service.start(world.ada, plan.id());
        paid(started, plan, "active", ON_SELLER);

        SubscriptionSummary cancelled = world.service.cancel(started.id(), true, world.ada);

        assertTrue(cancelled.cancelAtPeriodEnd());
        assertEquals(Access.ACCESS, cancelled.access());
    }

    @Test
    void aSellerSeesTheBuyersAccessWithAWarningWhilePastDue() {
        Plan plan = world.plan(DESTINATION, 2000, "eur", 0);
        StartedSubscription started = world.service.start(world.ada, plan.id());
        String subscription = paid(started, plan, "active", ON_PLATFORM);
        Caller seller = Caller.seller(DESTINATION);

        assertEquals(Access.ACCESS, world.service.access(DESTINATION, " Ada@Example.test ", seller).access());
        stripeSays(subscription, "past_due");
        world.handlers.onUpdated(event("customer.subscription.updated", subscription, ON_PLATFORM));
        SubscriberAccess pastDue = world.service.access(DESTINATION, "ada@example.test", seller);

        assertEquals(Access.ACCESS_PAST_DUE, pastDue.access());
        assertTrue(pastDue.warning().isPresent());
        assertEquals(Access.NONE, world.service.access(DESTINATION, "nobody@example.test", seller).access());
        assertEquals(Access.NONE, world.service.access(DIRECT, "ada@example.test", Caller.seller(DIRECT)).access());
        assertThrows(SubscriptionRefusal.class, () -> world.service.access(DESTINATION, "ada@example.test", Caller.seller(DIRECT)));
    }

    @Test
    void anotherBuyerDoesNotFindItButItsSellerDoes() {
        StartedSubscription started = world.service.start(world.ada, world.plan(DIRECT, 2000, "eur", 0).id());
        Caller other = Caller.buyer(world.buyers.add(com.marketplace.platform.buyers.domain.Buyer.register("bob@example.test", "hash", "Bob",
                Instant.now())).id());

        assertThrows(SubscriptionRefusal.class, () -> world.service.find(started.id(), other));
        assertThrows(SubscriptionRefusal.class, () -> world.service.find(started.id(), Caller.seller(DESTINATION)));
        assertEquals(started.id(), world.service.find(started.id(), Caller.seller(DIRECT)).id());
        assertThrows(SubscriptionRefusal.class, () -> world.service.portal(started.id(), Caller.seller(DIRECT),
                java.net.URI.create("https://shop.test/")));
        assertEquals(new SubscriptionId(started.id().value()), world.service.ofBuyer(world.buyer.id()).get(0).id());
    }

    @Test
    void theReturnPageMirrorsTheSessionWithoutWaitingForEvents() {
        Plan plan = world.plan(DIRECT, 2000, "eur", 14);
        StartedSubscription started = world.service.start(world.ada, plan.id());
        SubscriptionSummary unpaid = world.service.confirmCheckout(started.id(), world.ada);
        world.stripe.complete(started.sessionId(), "trialing", plan.stripePriceId().orElseThrow(), Optional.of(TRIAL_END));

        SubscriptionSummary returned = world.service.confirmCheckout(started.id(), world.ada);

        assertEquals("pending_checkout", unpaid.status());
        assertEquals("trialing", returned.status());
        assertEquals(1, world.outbox.of(NotificationKind.SUBSCRIPTION_STARTED).size());
    }
}
