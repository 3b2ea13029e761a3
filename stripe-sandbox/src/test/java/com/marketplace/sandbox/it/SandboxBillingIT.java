package com.marketplace.sandbox.it;

import static com.marketplace.sandbox.it.support.BillingScenarios.DAY;
import static com.marketplace.sandbox.it.support.BillingScenarios.periodEnd;
import static com.marketplace.sandbox.it.support.BillingScenarios.periodStart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sandbox.it.support.BillingScenarios;
import com.marketplace.sandbox.it.support.RunningSandbox;
import com.marketplace.sandbox.it.support.WebhookReceiver;
import com.marketplace.testsupport.SandboxScenarios;
import com.marketplace.testsupport.SandboxStripe;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.model.ApplicationFee;
import com.stripe.model.Charge;
import com.stripe.model.Customer;
import com.stripe.model.Invoice;
import com.stripe.model.InvoiceItem;
import com.stripe.model.InvoiceLineItem;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Price;
import com.stripe.model.Product;
import com.stripe.model.Subscription;
import com.stripe.model.Transfer;
import com.stripe.model.checkout.Session;
import com.stripe.model.testhelpers.TestClock;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.CustomerListParams;
import com.stripe.param.InvoiceItemListParams;
import com.stripe.param.InvoiceRetrieveParams;
import com.stripe.param.PriceListParams;
import com.stripe.param.PriceUpdateParams;
import com.stripe.param.ProductCreateParams;
import com.stripe.param.SubscriptionUpdateParams;
import com.stripe.param.billingportal.SessionCreateParams;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sandbox's billing, through stripe-java as the platform uses it: plans, subscriptions by Checkout, clocks, prorations, dunning, the portal. */
@ExtendWith(RunningSandbox.class)
class SandboxBillingIT {

    private static SandboxStripe stripe;
    private static BillingScenarios billing;
    private static WebhookReceiver webhooks;
    private static String seller;
    private static RequestOptions onSeller;

    @BeforeAll
    static void connect() throws Exception {
        stripe = RunningSandbox.stripe();
        billing = new BillingScenarios(stripe);
        webhooks = WebhookReceiver.register(stripe.client());
        seller = new SandboxScenarios(stripe).activeAccount("billing@seller.test");
        onSeller = SandboxStripe.onAccount(seller);
    }

    @AfterEach
    void defaultDunning() {
        stripe.helper("billing/settings", "retry_days", "3,5,7", "after_retries", "canceled");
    }

    @AfterAll
    static void disconnect() throws Exception {
        webhooks.close();
    }

    @Test
    void productsPricesAndCustomersLiveOnTheAccountTheHeaderNames() throws Exception {
        Product product = stripe.client().products().create(ProductCreateParams.builder().setName("Gold club").build(), onSeller);
        Price price = billing.monthlyPrice(onSeller, product.getId(), 1500);
        Customer customer = stripe.client().customers().create(CustomerCreateParams.builder()
                .setEmail("ada-" + System.nanoTime() + "@buyer.test").build(), onSeller);

        assertEquals("month", stripe.client().prices().retrieve(price.getId(), null, onSeller).getRecurring().getInterval());
        assertEquals(1500L, price.getUnitAmount());
        assertEquals(product.getId(), price.getProduct());
        InvalidRequestException missing = assertThrows(InvalidRequestException.class, () -> stripe.client().prices().retrieve(price.getId()));
        assertEquals("resource_missing", missing.getCode());
        assertEquals(List.of(customer.getId()), stripe.client().customers().list(CustomerListParams.builder()
                .setEmail(customer.getEmail()).build(), onSeller).getData().stream().map(Customer::getId).toList());
        assertTrue(stripe.client().customers().list(CustomerListParams.builder().setEmail(customer.getEmail()).build()).getData().isEmpty());
    }

    @Test
    void billingEventsAreSignedAndDeliveredToTheEndpointOfTheAccountTheyHappenOn() throws Exception {
        Price price = billing.monthlyPlan(onSeller, "Signed plan", 1900);

        Subscription subscription = billing.subscribe(onSeller, price, null, null, BigDecimal.TEN, null, "4242424242424242");

        WebhookReceiver.Received created = webhooks.await("connect", "customer.subscription.created",
                received -> received.payload().contains(subscription.getId()));
        assertEquals(seller, created.event().getAccount());
        Subscription delivered = (Subscription) created.event().getDataObjectDeserializer().getObject().orElseThrow();
        assertEquals(subscription.getId(), delivered.getId());
        assertTrue(webhooks.all().stream().noneMatch(received -> received.endpoint().equals("platform")
                && received.payload().contains(subscription.getId())), "a Direct subscription's events go to the Connect endpoint only");
        assertTrue(webhooks.rejected().isEmpty(), "every delivery verified with its endpoint's secret: " + webhooks.rejected());
    }

    @Test
    void aOneTimePriceIsSoldInPaymentModeAndARecurringOneIsRefusedThere() throws Exception {
        Product product = stripe.client().products().create(ProductCreateParams.builder().setName("Poster").build());
        Price oneTime = stripe.client().prices().create(com.stripe.param.PriceCreateParams.builder().setProduct(product.getId())
                .setCurrency("eur").setUnitAmount(1250L).build());
        Price recurring = billing.monthlyPrice(null, product.getId(), 500);

        Session session = stripe.client().checkout().sessions().create(com.stripe.param.checkout.SessionCreateParams.builder()
                .setMode(com.stripe.param.checkout.SessionCreateParams.Mode.PAYMENT)
                .setSuccessUrl("http://127.0.0.1:1/paid")
                .addLineItem(com.stripe.param.checkout.SessionCreateParams.LineItem.builder().setPrice(oneTime.getId()).setQuantity(2L).build())
                .build());
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> stripe.client().checkout().sessions().create(
                com.stripe.param.checkout.SessionCreateParams.builder().setMode(com.stripe.param.checkout.SessionCreateParams.Mode.PAYMENT)
                        .setSuccessUrl("http://127.0.0.1:1/paid")
                        .addLineItem(com.stripe.param.checkout.SessionCreateParams.LineItem.builder().setPrice(recurring.getId())
                                .setQuantity(1L).build()).build()));

        assertEquals(2500L, session.getAmountTotal());
        assertEquals(303, new SandboxScenarios(stripe).payOnHostedPage(session, "4242424242424242").status());
        assertEquals("paid", stripe.client().checkout().sessions().retrieve(session.getId()).getPaymentStatus());
        assertEquals("line_items[0][price]", refused.getParam());
    }

    @Test
    void aRetiredPriceIsNoLongerListedAsActiveAndCannotBeSubscribedTo() throws Exception {
        Price price = billing.monthlyPlan(onSeller, "Retired plan", 900);

        Price retired = stripe.client().prices().update(price.getId(), PriceUpdateParams.builder().setActive(false).build(), onSeller);

        assertFalse(retired.getActive());
        assertFalse(stripe.client().prices().list(PriceListParams.builder().setActive(true).setProduct(price.getProduct()).build(), onSeller)
                .getData().stream().anyMatch(listed -> listed.getId().equals(price.getId())));
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> billing.session(onSeller, price, null, null, BigDecimal.TEN, null));
        assertEquals("line_items[0][price]", refused.getParam());
    }

    @Test
    void aDestinationSubscriptionWithATrialStartsTrialingAndCompletesTheSessionOnThePlatform() throws Exception {
        Price price = billing.monthlyPlan(null, "Trial plan", 2000);
        Session session = billing.session(null, price, null, 14L, new BigDecimal("10"), seller);

        SandboxStripe.Raw page = stripe.get(session.getUrl());
        SandboxStripe.Raw paid = new SandboxScenarios(stripe).payOnHostedPage(session, "4242424242424242");

        assertTrue(page.body().contains("14 days free, then 20.00 EUR / month"), page.body());
        assertEquals(303, paid.status(), paid.body());
        Session completed = stripe.client().checkout().sessions().retrieve(session.getId());
        assertEquals("complete", completed.getStatus());
        assertEquals("no_payment_required", completed.getPaymentStatus());
        Subscription subscription = stripe.client().subscriptions().retrieve(completed.getSubscription());
        assertEquals("trialing", subscription.getStatus());
        assertEquals(completed.getCustomer(), subscription.getCustomer());
        assertEquals(subscription.getTrialStart() + 14 * DAY, subscription.getTrialEnd());
        assertEquals(0, new BigDecimal("10").compareTo(subscription.getApplicationFeePercent()));
        assertEquals(seller, subscription.getTransferData().getDestination());
        Invoice first = stripe.client().invoices().retrieve(subscription.getLatestInvoice());
        assertEquals("paid", first.getStatus());
        assertEquals(0L, first.getAmountDue());
        webhooks.await("platform", "customer.subscription.created", received -> received.payload().contains(subscription.getId()));
        webhooks.await("platform", "checkout.session.completed", received -> received.payload().contains(subscription.getId()));
    }

    @Test
    void advancingTheClockPastTheTrialAndARenewalPaysAnInvoicePerPeriodWithTheFeeAndTheTransfer() throws Exception {
        TestClock clock = billing.clock(null);
        Customer customer = billing.customerOn(null, clock, "renewals@buyer.test");
        Price price = billing.monthlyPlan(null, "Renewing plan", 2000);
        Subscription subscription = billing.subscribe(null, price, customer, 7L, new BigDecimal("12.5"), seller, "4242424242424242");

        billing.advance(null, clock, subscription.getTrialEnd() + 2 * 3600);
        Subscription afterTrial = billing.refetch(null, subscription);
        billing.advance(null, clock, periodEnd(afterTrial) + 2 * 3600);

        Subscription renewed = billing.refetch(null, subscription);
        assertEquals("active", renewed.getStatus());
        List<Invoice> invoices = billing.invoices(null, subscription);
        assertEquals(List.of("subscription_create", "subscription_cycle", "subscription_cycle"),
                invoices.stream().map(Invoice::getBillingReason).toList());
        assertEquals(List.of("paid", "paid", "paid"), invoices.stream().map(Invoice::getStatus).toList());
        assertEquals(List.of(0L, 2000L, 2000L), invoices.stream().map(Invoice::getAmountPaid).toList());
        assertEquals(periodEnd(afterTrial), periodStart(renewed));
        for (Invoice invoice : invoices.subList(1, 3)) {
            PaymentIntent intent = paymentIntentOf(invoice, null);
            Charge charge = stripe.client().charges().retrieve(intent.getLatestCharge());
            assertEquals(250L, intent.getApplicationFeeAmount(), "12.5% of 20.00");
            assertEquals(250L, stripe.client().applicationFees().retrieve(charge.getApplicationFee()).getAmount());
            Transfer transfer = stripe.client().transfers().retrieve(charge.getTransfer());
            assertEquals(1750L, transfer.getAmount());
            assertEquals(seller, transfer.getDestination());
        }
        webhooks.await("platform", "customer.subscription.trial_will_end", received -> received.payload().contains(subscription.getId()));
        webhooks.await("platform", "invoice.paid", received -> received.payload().contains(invoices.get(2).getId()));
    }

    @Test
    void aDirectSubscriptionRenewsOnTheSellersAccountAndPaysThePlatformItsFee() throws Exception {
        TestClock clock = billing.clock(onSeller);
        Customer customer = billing.customerOn(onSeller, clock, "direct@buyer.test");
        Price price = billing.monthlyPlan(onSeller, "Direct plan", 3000);
        Subscription subscription = billing.subscribe(onSeller, price, customer, null, BigDecimal.TEN, null, "4242424242424242");

        billing.advance(onSeller, clock, periodEnd(subscription) + 2 * 3600);

        List<Invoice> invoices = billing.invoices(onSeller, subscription);
        assertEquals(List.of(3000L, 3000L), invoices.stream().map(Invoice::getAmountPaid).toList());
        PaymentIntent renewal = paymentIntentOf(invoices.get(1), onSeller);
        Charge charge = stripe.client().charges().retrieve(renewal.getLatestCharge(), null, onSeller);
        ApplicationFee fee = stripe.client().applicationFees().retrieve(charge.getApplicationFee());
        assertEquals(300L, fee.getAmount());
        assertEquals(seller, fee.getAccount());
        assertNull(charge.getTransfer());
        WebhookReceiver.Received paid = webhooks.await("connect", "invoice.paid", received -> received.payload().contains(invoices.get(1).getId()));
        assertEquals(seller, paid.event().getAccount());
    }

    @Test
    void switchingPlanMidPeriodCreditsTheUnusedTimeAndChargesTheRemainingTimeOnTheNextInvoice() throws Exception {
        TestClock clock = billing.clock(null);
        Customer customer = billing.customerOn(null, clock, "switch@buyer.test");
        Price basic = billing.monthlyPlan(null, "Basic", 3000);
        Price premium = billing.monthlyPrice(null, basic.getProduct(), 7000);
        Subscription subscription = billing.subscribe(null, basic, customer, null, BigDecimal.TEN, seller, "4242424242424242");
        long start = periodStart(subscription);
        long end = periodEnd(subscription);
        long changedAt = start + 10 * DAY + 1234;
        billing.advance(null, clock, changedAt);

        Subscription switched = stripe.client().subscriptions().update(subscription.getId(), SubscriptionUpdateParams.builder()
                .addItem(SubscriptionUpdateParams.Item.builder().setId(subscription.getItems().getData().get(0).getId())
                        .setPrice(premium.getId()).build())
                .setProrationBehavior(SubscriptionUpdateParams.ProrationBehavior.CREATE_PRORATIONS).build());
        List<Long> pending = stripe.client().invoiceItems().list(InvoiceItemListParams.builder().setCustomer(customer.getId())
                .setPending(true).build()).getData().stream().map(InvoiceItem::getAmount).toList();
        billing.advance(null, clock, end + 2 * 3600);

        assertEquals(premium.getId(), switched.getItems().getData().get(0).getPrice().getId());
        long credit = -prorated(3000, end - changedAt, end - start);
        long charge = prorated(7000, end - changedAt, end - start);
        assertEquals(List.of(charge, credit), pending, "the prorations wait for the next invoice, newest first");
        Invoice next = billing.invoices(null, subscription).get(1);
        List<InvoiceLineItem> lines = next.getLines().getData();
        assertEquals(List.of(credit, charge, 7000L), lines.stream().map(InvoiceLineItem::getAmount).toList());
        assertTrue(lines.get(0).getParent().getInvoiceItemDetails().getProration());
        assertTrue(lines.get(0).getDescription().startsWith("Unused time on Basic"), lines.get(0).getDescription());
        assertEquals(7000L + credit + charge, next.getAmountPaid());
        assertEquals(BigDecimal.valueOf(next.getAmountPaid()).divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP).longValue(),
                paymentIntentOf(next, null).getApplicationFeeAmount());
        webhooks.await("platform", "customer.subscription.updated", received -> received.payload().contains(subscription.getId())
                && received.payload().contains(premium.getId()));
    }

    @Test
    void aRenewalWithThe0341CardFailsGoesPastDueAndIsPaidOnceTheCardIsReplacedInThePortal() throws Exception {
        TestClock clock = billing.clock(onSeller);
        Customer customer = billing.customerOn(onSeller, clock, "dunning@buyer.test");
        Price price = billing.monthlyPlan(onSeller, "Dunned plan", 2500);
        Subscription subscription = billing.subscribe(onSeller, price, customer, 7L, BigDecimal.TEN, null, "4000000000000341");

        billing.advance(onSeller, clock, subscription.getTrialEnd() + 2 * 3600);
        Subscription pastDue = billing.refetch(onSeller, subscription);
        Invoice failed = stripe.client().invoices().retrieve(pastDue.getLatestInvoice(), null, onSeller);
        com.stripe.model.billingportal.Session portal = stripe.client().billingPortal().sessions().create(SessionCreateParams.builder()
                .setCustomer(customer.getId()).setReturnUrl("http://127.0.0.1:1/account").build(), onSeller);
        SandboxStripe.Raw page = stripe.get(portal.getUrl());
        SandboxStripe.Raw fixed = stripe.postForm(portal.getUrl() + "/card", "card_number", "4242 4242 4242 4242");

        assertEquals("past_due", pastDue.getStatus());
        assertEquals("open", failed.getStatus());
        assertEquals(1L, failed.getAttemptCount());
        assertEquals(subscription.getTrialEnd() + 3600 + 3 * DAY, failed.getNextPaymentAttempt());
        WebhookReceiver.Received paymentFailed = webhooks.await("connect", "invoice.payment_failed",
                received -> received.payload().contains(failed.getId()));
        assertEquals(seller, paymentFailed.event().getAccount());
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Payment due: 25.00 EUR"), page.body());
        assertEquals(200, fixed.status());
        assertTrue(fixed.body().contains("ending in 4242"), fixed.body());
        assertEquals("active", billing.refetch(onSeller, subscription).getStatus());
        assertEquals("paid", stripe.client().invoices().retrieve(failed.getId(), null, onSeller).getStatus());
        webhooks.await("connect", "invoice.paid", received -> received.payload().contains(failed.getId()));
    }

    @Test
    void payingAnOpenInvoiceWithTheFailingCardIsACardErrorAndCountsAnAttempt() throws Exception {
        TestClock clock = billing.clock(null);
        Customer customer = billing.customerOn(null, clock, "payagain@buyer.test");
        Price price = billing.monthlyPlan(null, "Pay-again plan", 1300);
        Subscription subscription = billing.subscribe(null, price, customer, 3L, BigDecimal.TEN, seller, "4000000000000341");
        billing.advance(null, clock, subscription.getTrialEnd() + 2 * 3600);
        String invoice = billing.refetch(null, subscription).getLatestInvoice();

        CardException declined = assertThrows(CardException.class, () -> stripe.client().invoices().pay(invoice));

        assertEquals(402, declined.getStatusCode());
        assertEquals("card_declined", declined.getCode());
        assertEquals(2L, stripe.client().invoices().retrieve(invoice).getAttemptCount());
    }

    @Test
    void aRenewalWithACardThatNeedsAuthenticationAsksForActionAndGoesPastDue() throws Exception {
        TestClock clock = billing.clock(null);
        Customer customer = billing.customerOn(null, clock, "sca@buyer.test");
        Price price = billing.monthlyPlan(null, "SCA plan", 1600);
        Subscription subscription = billing.subscribe(null, price, customer, 3L, BigDecimal.TEN, seller, "4000002500003155");

        billing.advance(null, clock, subscription.getTrialEnd() + 2 * 3600);

        Subscription pastDue = billing.refetch(null, subscription);
        Invoice invoice = stripe.client().invoices().retrieve(pastDue.getLatestInvoice());
        assertEquals("past_due", pastDue.getStatus());
        assertEquals("open", invoice.getStatus());
        assertEquals("requires_action", paymentIntentOf(invoice, null).getStatus());
        webhooks.await("platform", "invoice.payment_action_required", received -> received.payload().contains(invoice.getId()));
    }

    @Test
    void aRenewalInvoiceStaysADraftForAnHourBeforeItIsFinalizedAndCharged() throws Exception {
        TestClock clock = billing.clock(null);
        Customer customer = billing.customerOn(null, clock, "draft@buyer.test");
        Price price = billing.monthlyPlan(null, "Draft plan", 1400);
        Subscription subscription = billing.subscribe(null, price, customer, 3L, BigDecimal.TEN, seller, "4242424242424242");

        billing.advance(null, clock, subscription.getTrialEnd() + 60);
        Invoice draft = stripe.client().invoices().retrieve(billing.refetch(null, subscription).getLatestInvoice());
        billing.advance(null, clock, subscription.getTrialEnd() + 3600);

        assertEquals("draft", draft.getStatus());
        assertEquals(subscription.getTrialEnd() + 3600, draft.getAutomaticallyFinalizesAt());
        Invoice paid = stripe.client().invoices().retrieve(draft.getId());
        assertEquals("paid", paid.getStatus());
        assertEquals(subscription.getTrialEnd() + 3600, paid.getStatusTransitions().getFinalizedAt());
    }

    @Test
    void aSubscriptionWithoutATestClockRenewsWhenTheSandboxClockPassesItsPeriodEnd() throws Exception {
        Price price = billing.monthlyPlan(null, "Wall-clock plan", 1700);
        Subscription subscription = billing.subscribe(null, price, null, null, BigDecimal.TEN, seller, "4242424242424242");
        long shift = periodEnd(subscription) - java.time.Instant.now().getEpochSecond() + 2 * 3600;

        SandboxStripe.Raw advanced = stripe.helper("clock/advance", "seconds", String.valueOf(shift));
        try {
            assertEquals(200, advanced.status(), advanced.body());
            assertEquals(List.of(1700L, 1700L), billing.invoices(null, subscription).stream().map(Invoice::getAmountPaid).toList());
            assertEquals(periodEnd(subscription), periodStart(billing.refetch(null, subscription)));
        } finally {
            // Back to the real time, as SandboxCheckoutIT does: later sessions are dated by the real clock.
            stripe.helper("clock/advance", "seconds", String.valueOf(-shift));
        }
    }

    @Test
    void aRenewalLeftUnfixedIsRetriedOnTheScheduleThenTheSubscriptionIsCanceledAndTheInvoiceUncollectible() throws Exception {
        stripe.helper("billing/settings", "retry_days", "1,2", "after_retries", "canceled");
        TestClock clock = billing.clock(null);
        Customer customer = billing.customerOn(null, clock, "lapsed@buyer.test");
        Price price = billing.monthlyPlan(null, "Lapsing plan", 1800);
        Subscription subscription = billing.subscribe(null, price, customer, 3L, BigDecimal.TEN, seller, "4000000000000341");

        billing.advance(null, clock, subscription.getTrialEnd() + 3600 + 2 * DAY);
        Subscription retrying = billing.refetch(null, subscription);
        billing.advance(null, clock, subscription.getTrialEnd() + 3600 + 3 * DAY + 60);

        Subscription canceled = billing.refetch(null, subscription);
        Invoice invoice = stripe.client().invoices().retrieve(canceled.getLatestInvoice());
        assertEquals("past_due", retrying.getStatus());
        assertEquals("canceled", canceled.getStatus());
        assertEquals("payment_failed", canceled.getCancellationDetails().getReason());
        assertEquals("uncollectible", invoice.getStatus());
        assertEquals(3L, invoice.getAttemptCount());
        webhooks.await("platform", "customer.subscription.deleted", received -> received.payload().contains(subscription.getId()));
    }

    @Test
    void whenConfiguredSoAnExhaustedRenewalLeavesTheSubscriptionUnpaidWithItsInvoiceOpen() throws Exception {
        stripe.helper("billing/settings", "retry_days", "1", "after_retries", "unpaid");
        TestClock clock = billing.clock(null);
        Customer customer = billing.customerOn(null, clock, "unpaid@buyer.test");
        Price price = billing.monthlyPlan(null, "Unpaid plan", 1200);
        Subscription subscription = billing.subscribe(null, price, customer, 2L, BigDecimal.TEN, seller, "4000000000000341");

        billing.advance(null, clock, subscription.getTrialEnd() + 3600 + DAY + 60);

        Subscription unpaid = billing.refetch(null, subscription);
        Invoice invoice = stripe.client().invoices().retrieve(unpaid.getLatestInvoice());
        assertEquals("unpaid", unpaid.getStatus());
        assertEquals("open", invoice.getStatus());
        assertEquals(2L, invoice.getAttemptCount());
        assertNull(invoice.getNextPaymentAttempt());
    }

    @Test
    void cancellingInThePortalAtPeriodEndEndsTheSubscriptionWhenThePeriodIsOver() throws Exception {
        TestClock clock = billing.clock(onSeller);
        Customer customer = billing.customerOn(onSeller, clock, "leaver@buyer.test");
        Price price = billing.monthlyPlan(onSeller, "Leaving plan", 1000);
        Subscription subscription = billing.subscribe(onSeller, price, customer, null, BigDecimal.TEN, null, "4242424242424242");
        com.stripe.model.billingportal.Session portal = stripe.client().billingPortal().sessions().create(SessionCreateParams.builder()
                .setCustomer(customer.getId()).build(), onSeller);

        SandboxStripe.Raw cancelled = stripe.postForm(portal.getUrl() + "/cancel", "subscription", subscription.getId(), "when", "period_end");
        Subscription ending = billing.refetch(onSeller, subscription);
        billing.advance(onSeller, clock, periodEnd(subscription) + 60);

        assertEquals(200, cancelled.status());
        assertTrue(ending.getCancelAtPeriodEnd());
        assertEquals("active", ending.getStatus());
        Subscription ended = billing.refetch(onSeller, subscription);
        assertEquals("canceled", ended.getStatus());
        assertEquals(periodEnd(subscription), ended.getEndedAt());
        assertEquals(1, billing.invoices(onSeller, subscription).size(), "nothing is invoiced after the end");
        webhooks.await("connect", "customer.subscription.deleted", received -> received.payload().contains(subscription.getId()));
    }

    @Test
    void switchingPlanInThePortalMovesTheSubscriptionToTheChosenPrice() throws Exception {
        TestClock clock = billing.clock(onSeller);
        Customer customer = billing.customerOn(onSeller, clock, "switcher@buyer.test");
        Price small = billing.monthlyPlan(onSeller, "Small", 1000);
        Price large = billing.monthlyPrice(onSeller, small.getProduct(), 4000);
        Subscription subscription = billing.subscribe(onSeller, small, customer, null, BigDecimal.TEN, null, "4242424242424242");
        com.stripe.model.billingportal.Session portal = stripe.client().billingPortal().sessions().create(SessionCreateParams.builder()
                .setCustomer(customer.getId()).build(), onSeller);

        SandboxStripe.Raw page = stripe.get(portal.getUrl());
        SandboxStripe.Raw switched = stripe.postForm(portal.getUrl() + "/switch", "subscription", subscription.getId(), "price", large.getId());

        assertTrue(page.body().contains("value=\"" + large.getId() + "\""), page.body());
        assertEquals(200, switched.status());
        assertTrue(switched.body().contains("Your plan has been changed."), switched.body());
        assertEquals(large.getId(), billing.refetch(onSeller, subscription).getItems().getData().get(0).getPrice().getId());
    }

    @Test
    void cancellingThroughTheApiEndsTheSubscriptionAtOnce() throws Exception {
        Price price = billing.monthlyPlan(null, "Short plan", 800);
        Subscription subscription = billing.subscribe(null, price, null, null, BigDecimal.TEN, seller, "4242424242424242");

        Subscription canceled = stripe.client().subscriptions().cancel(subscription.getId());

        assertEquals("canceled", canceled.getStatus());
        assertEquals("cancellation_requested", canceled.getCancellationDetails().getReason());
        webhooks.await("platform", "customer.subscription.deleted", received -> received.payload().contains(subscription.getId()));
    }

    @Test
    void aCardDeclinedAtCheckoutLeavesTheSessionOpenAndStartsNoSubscription() throws Exception {
        Price price = billing.monthlyPlan(null, "Declined plan", 1100);
        Session session = billing.session(null, price, null, null, BigDecimal.TEN, seller);

        SandboxStripe.Raw declined = new SandboxScenarios(stripe).payOnHostedPage(session, "4000000000000341");

        assertEquals(200, declined.status());
        assertTrue(declined.body().contains("Your card was declined."), declined.body());
        Session open = stripe.client().checkout().sessions().retrieve(session.getId());
        assertEquals("open", open.getStatus());
        assertNull(open.getSubscription());
    }

    private static PaymentIntent paymentIntentOf(Invoice invoice, RequestOptions on) throws Exception {
        RequestOptions options = on == null ? RequestOptions.getDefault() : on;
        Invoice expanded = stripe.client().invoices().retrieve(invoice.getId(), InvoiceRetrieveParams.builder().addExpand("payments").build(),
                options);
        String intent = expanded.getPayments().getData().get(0).getPayment().getPaymentIntent();
        return stripe.client().paymentIntents().retrieve(intent, null, options);
    }

    private static long prorated(long amount, long remaining, long length) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(remaining))
                .divide(BigDecimal.valueOf(length), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
