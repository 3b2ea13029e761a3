package com.marketplace.sandbox.it.support;

import com.marketplace.testsupport.SandboxScenarios;
import com.marketplace.testsupport.SandboxStripe;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.Invoice;
import com.stripe.model.Price;
import com.stripe.model.Product;
import com.stripe.model.Subscription;
import com.stripe.model.checkout.Session;
import com.stripe.model.testhelpers.TestClock;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.InvoiceListParams;
import com.stripe.param.PriceCreateParams;
import com.stripe.param.ProductCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.testhelpers.TestClockAdvanceParams;
import com.stripe.param.testhelpers.TestClockCreateParams;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Building blocks of the billing scenarios: a plan (product and monthly price), a customer on a
 * test clock of its own, a subscription bought through a subscription-mode Checkout Session paid
 * on the hosted page, and the clock moved forward. {@code on} is null for the platform or a
 * connected account's options (Direct).
 */
public final class BillingScenarios {

    public static final long DAY = 24 * 3600;

    private final SandboxStripe stripe;
    private final SandboxScenarios scenarios;

    public BillingScenarios(SandboxStripe stripe) {
        this.stripe = stripe;
        this.scenarios = new SandboxScenarios(stripe);
    }

    public Price monthlyPlan(RequestOptions on, String name, long amount) throws StripeException {
        Product product = stripe.client().products().create(ProductCreateParams.builder().setName(name).build(), options(on));
        return monthlyPrice(on, product.getId(), amount);
    }

    public Price monthlyPrice(RequestOptions on, String product, long amount) throws StripeException {
        return stripe.client().prices().create(PriceCreateParams.builder().setProduct(product).setCurrency("eur").setUnitAmount(amount)
                .setRecurring(PriceCreateParams.Recurring.builder().setInterval(PriceCreateParams.Recurring.Interval.MONTH).build())
                .build(), options(on));
    }

    public TestClock clock(RequestOptions on) throws StripeException {
        return stripe.client().testHelpers().testClocks().create(TestClockCreateParams.builder()
                .setFrozenTime(Instant.now().getEpochSecond()).setName("billing-it").build(), options(on));
    }

    public Customer customerOn(RequestOptions on, TestClock clock, String email) throws StripeException {
        return stripe.client().customers().create(CustomerCreateParams.builder().setEmail(email).setTestClock(clock.getId()).build(),
                options(on));
    }

    /** A subscription-mode session for one unit of the price; trial days, fee percent and destination when given. */
    public Session session(RequestOptions on, Price price, Customer customer, Long trialDays, BigDecimal feePercent, String destination)
            throws StripeException {
        SessionCreateParams.SubscriptionData.Builder data = SessionCreateParams.SubscriptionData.builder();
        if (trialDays != null) {
            data.setTrialPeriodDays(trialDays);
        }
        if (feePercent != null) {
            data.setApplicationFeePercent(feePercent);
        }
        if (destination != null) {
            data.setTransferData(SessionCreateParams.SubscriptionData.TransferData.builder().setDestination(destination).build());
        }
        SessionCreateParams.Builder params = SessionCreateParams.builder().setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setSuccessUrl("http://127.0.0.1:1/subscribed?session_id={CHECKOUT_SESSION_ID}")
                .setCancelUrl("http://127.0.0.1:1/plans")
                .addLineItem(SessionCreateParams.LineItem.builder().setPrice(price.getId()).setQuantity(1L).build())
                .setSubscriptionData(data.build());
        if (customer != null) {
            params.setCustomer(customer.getId());
        }
        return stripe.client().checkout().sessions().create(params.build(), options(on));
    }

    /** Subscribes through Checkout, paying on the hosted page with the card; the subscription it started. */
    public Subscription subscribe(RequestOptions on, Price price, Customer customer, Long trialDays, BigDecimal feePercent, String destination,
                                  String card) throws StripeException {
        Session session = session(on, price, customer, trialDays, feePercent, destination);
        SandboxStripe.Raw paid = scenarios.payOnHostedPage(session, card);
        if (paid.status() != 303) {
            throw new AssertionError("paying the subscription session failed: " + paid.status() + " " + paid.body());
        }
        Session completed = stripe.client().checkout().sessions().retrieve(session.getId(), null, options(on));
        return stripe.client().subscriptions().retrieve(completed.getSubscription(), null, options(on));
    }

    public TestClock advance(RequestOptions on, TestClock clock, long toEpochSecond) throws StripeException {
        return stripe.client().testHelpers().testClocks().advance(clock.getId(),
                TestClockAdvanceParams.builder().setFrozenTime(toEpochSecond).build(), options(on));
    }

    public Subscription refetch(RequestOptions on, Subscription subscription) throws StripeException {
        return stripe.client().subscriptions().retrieve(subscription.getId(), null, options(on));
    }

    /** The subscription's invoices, oldest first. */
    public List<Invoice> invoices(RequestOptions on, Subscription subscription) throws StripeException {
        List<Invoice> newestFirst = stripe.client().invoices().list(InvoiceListParams.builder().setSubscription(subscription.getId())
                .setLimit(100L).build(), options(on)).getData();
        List<Invoice> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    public static long periodStart(Subscription subscription) {
        return subscription.getItems().getData().get(0).getCurrentPeriodStart();
    }

    public static long periodEnd(Subscription subscription) {
        return subscription.getItems().getData().get(0).getCurrentPeriodEnd();
    }

    private static RequestOptions options(RequestOptions on) {
        return on == null ? RequestOptions.getDefault() : on;
    }
}
