package com.marketplace.web.pages.buyer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.plans.domain.BillingInterval;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.subscriptions.application.SubscriptionSummary;
import com.marketplace.platform.subscriptions.domain.Access;
import com.marketplace.platform.subscriptions.domain.SubscriptionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dates a subscription's page lists, and the price it shows, for each state it can be in. */
class SubscriptionFactsTest {

    private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");
    private static final Optional<Instant> TRIAL_END = Optional.of(Instant.parse("2026-12-15T10:00:00Z"));
    private static final Optional<Instant> PERIOD_END = Optional.of(Instant.parse("2027-01-15T10:00:00Z"));

    private static SubscriptionSummary summary(String status, boolean cancelAtPeriodEnd, Optional<Instant> periodEnd, Optional<Instant> endedAt) {
        return new SubscriptionSummary(new SubscriptionId(7), 3, new SellerId(2), "Shop", new PlanId(5), "Box", Money.of(2000, "eur"),
                BillingInterval.MONTH, status, Access.ACCESS, cancelAtPeriodEnd, TRIAL_END, periodEnd, endedAt, CREATED);
    }

    private static List<SubscriptionView.Fact> facts(SubscriptionSummary summary) {
        return SubscriptionPage.facts(summary);
    }

    @Test
    void aTrialSaysWhenItEndsAndWhenTheFirstPaymentIsTaken() {
        assertEquals(List.of(new SubscriptionView.Fact("Subscribed on", "1 Dec 2026"), new SubscriptionView.Fact("Trial ends", "15 Dec 2026"),
                new SubscriptionView.Fact("First payment on", "15 Dec 2026")), facts(summary("trialing", false, TRIAL_END, Optional.empty())));
    }

    @Test
    void anActiveSubscriptionSaysWhenItRenewsAndNothingOfItsPastTrial() {
        assertEquals(List.of(new SubscriptionView.Fact("Subscribed on", "1 Dec 2026"), new SubscriptionView.Fact("Renews on", "15 Jan 2027")),
                facts(summary("active", false, PERIOD_END, Optional.empty())));
    }

    @Test
    void oneCancelledAtThePeriodsEndSaysWhenItEnds() {
        assertEquals(new SubscriptionView.Fact("Ends on", "15 Jan 2027"), facts(summary("active", true, PERIOD_END, Optional.empty())).get(1));
    }

    @Test
    void anEndedOneSaysWhenItEndedAndNoLongerRenews() {
        assertEquals(List.of(new SubscriptionView.Fact("Subscribed on", "1 Dec 2026"), new SubscriptionView.Fact("Ended on", "20 Dec 2026")),
                facts(summary("canceled", false, PERIOD_END, Optional.of(Instant.parse("2026-12-20T08:00:00Z")))));
    }

    @Test
    void thePriceIsPerInterval() {
        assertEquals("€20.00 / month", SubscriptionPage.price(summary("active", false, PERIOD_END, Optional.empty())));
    }
}
