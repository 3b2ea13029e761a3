package com.marketplace.platform.subscriptions.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.fakes.FakePlanCatalog;
import com.marketplace.platform.fakes.InMemoryBuyers;
import com.marketplace.platform.fakes.InMemoryOutbox;
import com.marketplace.platform.fakes.InMemoryPlans;
import com.marketplace.platform.fakes.InMemorySellerDirectory;
import com.marketplace.platform.fakes.InMemorySubscriptions;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.notifications.domain.Notification;
import com.marketplace.platform.notifications.domain.NotificationKind;
import com.marketplace.platform.plans.application.NewPlan;
import com.marketplace.platform.plans.application.PlanSteps;
import com.marketplace.platform.plans.application.Plans;
import com.marketplace.platform.plans.domain.Plan;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.subscriptions.application.SubscriptionLinks;
import com.marketplace.platform.subscriptions.domain.BilledPrice;
import com.marketplace.platform.subscriptions.domain.InvoiceState;
import com.marketplace.platform.subscriptions.domain.StripeSubscription;
import com.marketplace.platform.subscriptions.domain.Subscription;
import com.marketplace.platform.subscriptions.domain.SubscriptionMove;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SubscriptionNoticesTest {

    private static final SellerId SELLER = new SellerId(4);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant TRIAL_END = Instant.parse("2026-12-15T10:00:00Z");

    private final InMemoryPlans plans = new InMemoryPlans();
    private final InMemorySellerDirectory sellers = new InMemorySellerDirectory().active(SELLER, ChargeType.DESTINATION, "acct_seller");
    private final InMemoryBuyers buyers = new InMemoryBuyers();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final SubscriptionNotices notices = new SubscriptionNotices(outbox, sellers, buyers, plans,
            new SubscriptionLinks(URI.create("https://shop.test")));
    private final Buyer buyer = buyers.add(Buyer.register("ada@example.test", "hash", "Ada", NOW));
    private final Plan plan = new Plans(new PlanSteps(plans, sellers), plans, new FakePlanCatalog())
            .create(SELLER, new NewPlan("Gym", "", 2000L, "eur", "month", 14));
    private final Subscription subscription = new InMemorySubscriptions(plans).add(Subscription.begin(buyer.id(), plan.routing(),
            new BilledPrice(plan.id(), plan.stripePriceId().orElseThrow(), plan.pricing().amount(), plan.interval()), 1000, NOW));

    private SubscriptionMove mirror(String status) {
        return subscription.mirror(new StripeSubscription("sub_1", "cus_1", status, "si_1", plan.stripePriceId().orElseThrow(),
                Optional.of(NOW), Optional.of(TRIAL_END), Optional.of(TRIAL_END), false, Optional.of(subscription.id().value())),
                Optional.empty(), NOW);
    }

    private Set<String> kindsAndRecipients() {
        return outbox.all().stream().map(mail -> mail.kind().code() + " " + mail.recipient() + " " + mail.subjectId()).collect(Collectors.toSet());
    }

    @Test
    void aStartTellsTheBuyerAndTheSellerWithTheContractsData() {
        notices.moved(subscription, mirror("trialing"), NOW);

        String subject = "subscription_" + subscription.id();
        assertEquals(Set.of("subscription_started ada@example.test " + subject, "seller_new_subscriber seller-4@example.test " + subject),
                kindsAndRecipients());
        Notification started = outbox.of(NotificationKind.SUBSCRIPTION_STARTED).get(0);
        assertTrue(started.data().keySet().containsAll(List.of("subscriptionId", "planName", "sellerName", "amount", "currency", "interval",
                "manageUrl", "trialEnd", "currentPeriodEnd")), started.data().toString());
        assertEquals("Gym", started.value("planName"));
        assertEquals("2000", started.value("amount"));
        assertEquals("month", started.value("interval"));
        assertEquals(TRIAL_END.toString(), started.value("trialEnd"));
        assertEquals("https://shop.test/account/subscriptions/" + subscription.id(), started.value("manageUrl"));
        Notification toSeller = outbox.of(NotificationKind.SELLER_NEW_SUBSCRIBER).get(0);
        assertEquals("Ada", toSeller.value("buyerName"));
        assertEquals("ada@example.test", toSeller.value("buyerEmail"));
    }

    @Test
    void aMoveThatStartsNothingMailsNothing() {
        notices.moved(subscription, mirror("incomplete"), NOW);

        assertEquals(List.of(), outbox.all());
    }

    @Test
    void theEndTellsBothSidesOnceUnderTheirOwnSubjects() {
        mirror("active");
        SubscriptionMove ended = mirror("canceled");

        notices.moved(subscription, ended, NOW);
        notices.moved(subscription, ended, NOW.plusSeconds(60));

        String subject = "subscription_" + subscription.id();
        assertEquals(Set.of("subscription_cancelled ada@example.test " + subject, "subscription_cancelled seller-4@example.test " + subject
                + "_seller"), kindsAndRecipients());
        assertEquals("Ada", outbox.of(NotificationKind.SUBSCRIPTION_CANCELLED).stream()
                .filter(mail -> mail.subjectId().endsWith("_seller")).findFirst().orElseThrow().value("buyerName"));
    }

    @Test
    void eachFailedAttemptIsAMailOfItsOwnAndARepeatIsNone() {
        mirror("past_due");
        InvoiceState first = new InvoiceState("in_1", Optional.of("INV-1"), Optional.of("sub_1"), "open", "subscription_cycle", 0, 2000, "eur",
                1, Optional.of(TRIAL_END));
        InvoiceState second = new InvoiceState("in_1", Optional.of("INV-1"), Optional.of("sub_1"), "open", "subscription_cycle", 0, 2000, "eur",
                2, Optional.empty());

        notices.renewalFailed(subscription, first, NOW);
        notices.renewalFailed(subscription, first, NOW);
        notices.renewalFailed(subscription, second, NOW);

        List<Notification> failed = outbox.of(NotificationKind.RENEWAL_FAILED);
        assertEquals(List.of("invoice_in_1_attempt_1", "invoice_in_1_attempt_2"), failed.stream().map(Notification::subjectId).toList());
        assertEquals(TRIAL_END.toString(), failed.get(0).value("nextAttempt"));
        assertEquals("", failed.get(1).value("nextAttempt"));
        assertEquals("https://shop.test/account/subscriptions/" + subscription.id() + "/portal", failed.get(0).value("fixUrl"));
        assertEquals("2000", failed.get(0).value("amountDue"));
    }

    @Test
    void aReceiptATrialEndingAndAnActionRequiredHaveTheirSubjects() {
        mirror("trialing");
        InvoiceState paid = new InvoiceState("in_2", Optional.of("INV-2"), Optional.of("sub_1"), "paid", "subscription_cycle", 2000, 2000,
                "eur", 1, Optional.empty());

        notices.renewalPaid(subscription, paid, NOW);
        notices.trialEnding(subscription, NOW);
        notices.actionRequired(subscription, paid, NOW);

        assertEquals(Set.of("invoice_in_2", "trial_" + subscription.id() + "_" + TRIAL_END.getEpochSecond(), "invoice_in_2_action"),
                outbox.all().stream().map(Notification::subjectId).collect(Collectors.toSet()));
        Notification receipt = outbox.of(NotificationKind.RENEWAL_RECEIPT).get(0);
        assertEquals("2000", receipt.value("amountPaid"));
        assertEquals("INV-2", receipt.value("invoiceNumber"));
        assertEquals(TRIAL_END.toString(), receipt.value("currentPeriodEnd"));
    }
}
