package com.marketplace.platform.subscriptions.notices;

import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.buyers.domain.BuyerRepository;
import com.marketplace.platform.notifications.domain.NewNotification;
import com.marketplace.platform.notifications.domain.NotificationKind;
import com.marketplace.platform.notifications.domain.Outbox;
import com.marketplace.platform.plans.domain.Plan;
import com.marketplace.platform.plans.domain.PlanRepository;
import com.marketplace.platform.sellers.SellerDirectory;
import com.marketplace.platform.sellers.SellerStanding;
import com.marketplace.platform.subscriptions.application.SubscriptionLinks;
import com.marketplace.platform.subscriptions.domain.InvoiceState;
import com.marketplace.platform.subscriptions.domain.Subscription;
import com.marketplace.platform.subscriptions.domain.SubscriptionMove;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The mail a subscription's moves and invoices owe its buyer and its seller, written into the
 * outbox inside the transaction of the move (committed together or not at all, sent after commit).
 * The subject of each makes a repeated move, a duplicate or late event write nothing new:
 * {@code subscription_{id}} (and {@code _seller}), {@code trial_{id}_{trial end}},
 * {@code invoice_{in}}, {@code invoice_{in}_attempt_{n}}, {@code invoice_{in}_action}.
 * The data is what the templates show: amounts in minor units, ISO-8601 instants, absolute links.
 */
@ApplicationScoped
public class SubscriptionNotices {

    private static final Logger LOG = Logger.getLogger(SubscriptionNotices.class.getName());

    private Outbox outbox;
    private SellerDirectory sellers;
    private BuyerRepository buyers;
    private PlanRepository plans;
    private SubscriptionLinks links;

    protected SubscriptionNotices() {
        // for CDI proxies
    }

    @Inject
    public SubscriptionNotices(Outbox outbox, SellerDirectory sellers, BuyerRepository buyers, PlanRepository plans, SubscriptionLinks links) {
        this.outbox = outbox;
        this.sellers = sellers;
        this.buyers = buyers;
        this.plans = plans;
        this.links = links;
    }

    /** A mirror moved the subscription: it started (first access) or its access ended. */
    public void moved(Subscription subscription, SubscriptionMove move, Instant now) {
        String subject = "subscription_" + subscription.id();
        Optional<Buyer> buyer = buyers.find(subscription.buyerId());
        if (move.started()) {
            Map<String, String> data = data(subscription);
            data.put("trialEnd", subscription.trialEnd().map(Instant::toString).orElse(""));
            data.put("currentPeriodEnd", subscription.currentPeriodEnd().map(Instant::toString).orElse(""));
            toBuyer(NotificationKind.SUBSCRIPTION_STARTED, buyer, subject, data, now);
            Map<String, String> sellerData = data(subscription);
            sellerData.put("buyerName", buyer.map(Buyer::name).orElse(""));
            sellerData.put("buyerEmail", buyer.map(Buyer::email).orElse(""));
            toSeller(NotificationKind.SELLER_NEW_SUBSCRIBER, subscription, subject, sellerData, now);
        }
        if (move.ended()) {
            Map<String, String> data = data(subscription);
            data.put("endedAt", subscription.endedAt().map(Instant::toString).orElse(now.toString()));
            toBuyer(NotificationKind.SUBSCRIPTION_CANCELLED, buyer, subject, data, now);
            Map<String, String> sellerData = new LinkedHashMap<>(data);
            sellerData.put("buyerName", buyer.map(Buyer::name).orElse(""));
            toSeller(NotificationKind.SUBSCRIPTION_CANCELLED, subscription, subject + "_seller", sellerData, now);
        }
    }

    /** Stripe says the trial ends soon (three days before it does). */
    public void trialEnding(Subscription subscription, Instant now) {
        subscription.trialEnd().ifPresent(trialEnd -> {
            Map<String, String> data = data(subscription);
            data.put("trialEnd", trialEnd.toString());
            toBuyer(NotificationKind.TRIAL_ENDING, buyers.find(subscription.buyerId()),
                    "trial_" + subscription.id() + "_" + trialEnd.getEpochSecond(), data, now);
        });
    }

    /** A renewal (or a plan change's invoice) was paid. */
    public void renewalPaid(Subscription subscription, InvoiceState invoice, Instant now) {
        Map<String, String> data = invoiceData(subscription, invoice);
        data.put("amountPaid", Long.toString(invoice.amountPaid()));
        data.put("currentPeriodEnd", subscription.currentPeriodEnd().map(Instant::toString).orElse(""));
        toBuyer(NotificationKind.RENEWAL_RECEIPT, buyers.find(subscription.buyerId()), "invoice_" + invoice.id(), data, now);
    }

    /** A renewal's payment failed: one mail per attempt, with the link to fix the card. */
    public void renewalFailed(Subscription subscription, InvoiceState invoice, Instant now) {
        Map<String, String> data = invoiceData(subscription, invoice);
        data.put("amountDue", Long.toString(invoice.amountDue()));
        data.put("nextAttempt", invoice.nextPaymentAttempt().map(Instant::toString).orElse(""));
        data.put("fixUrl", links.fixCard(subscription.id()).toString());
        toBuyer(NotificationKind.RENEWAL_FAILED, buyers.find(subscription.buyerId()),
                "invoice_" + invoice.id() + "_attempt_" + invoice.attemptCount(), data, now);
    }

    /** A renewal needs the buyer to confirm the payment (3-D Secure). */
    public void actionRequired(Subscription subscription, InvoiceState invoice, Instant now) {
        Map<String, String> data = invoiceData(subscription, invoice);
        data.put("amountDue", Long.toString(invoice.amountDue()));
        data.put("fixUrl", links.fixCard(subscription.id()).toString());
        toBuyer(NotificationKind.ACTION_REQUIRED, buyers.find(subscription.buyerId()), "invoice_" + invoice.id() + "_action", data, now);
    }

    private Map<String, String> invoiceData(Subscription subscription, InvoiceState invoice) {
        Map<String, String> data = data(subscription);
        data.put("invoiceId", invoice.id());
        data.put("invoiceNumber", invoice.number().orElse(""));
        return data;
    }

    private Map<String, String> data(Subscription subscription) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("subscriptionId", subscription.id().toString());
        data.put("planName", plans.find(subscription.planId()).map(Plan::name).orElse(""));
        data.put("sellerName", sellers.find(subscription.sellerId()).map(SellerStanding::displayName).orElse(""));
        data.put("amount", Long.toString(subscription.price().minorUnits()));
        data.put("currency", subscription.price().currency().value());
        data.put("interval", subscription.interval().value());
        data.put("manageUrl", links.manage(subscription.id()).toString());
        return data;
    }

    private void toBuyer(NotificationKind kind, Optional<Buyer> buyer, String subject, Map<String, String> data, Instant now) {
        buyer.ifPresentOrElse(found -> write(kind, found.email(), subject, data, now),
                () -> LOG.warning("No buyer for " + subject + ": no " + kind.code() + " is sent"));
    }

    private void toSeller(NotificationKind kind, Subscription subscription, String subject, Map<String, String> data, Instant now) {
        sellers.contactEmail(subscription.sellerId()).ifPresentOrElse(email -> write(kind, email, subject, data, now),
                () -> LOG.warning("Seller " + subscription.sellerId() + " has no email: no " + kind.code() + " for " + subject));
    }

    // An address no mail can go to loses that one message, never the subscription's move it reports.
    private void write(NotificationKind kind, String recipient, String subject, Map<String, String> data, Instant now) {
        NewNotification message;
        try {
            message = new NewNotification(kind, recipient, subject, data);
        } catch (IllegalArgumentException unsendable) {
            LOG.warning("No " + kind.code() + " for " + subject + ": " + unsendable.getMessage());
            return;
        }
        outbox.add(message, now);
    }
}
