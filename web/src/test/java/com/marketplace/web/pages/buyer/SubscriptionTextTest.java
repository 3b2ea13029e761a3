package com.marketplace.web.pages.buyer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The status and the next date of a subscription, in the words its buyer reads. */
class SubscriptionTextTest {

    private static final Optional<Instant> TRIAL_END = Optional.of(Instant.parse("2026-12-15T10:00:00Z"));
    private static final Optional<Instant> PERIOD_END = Optional.of(Instant.parse("2027-01-15T10:00:00Z"));
    private static final Optional<Instant> ENDED = Optional.of(Instant.parse("2026-12-20T10:00:00Z"));

    @Test
    void aTrialSaysWhenItEnds() {
        assertEquals(Optional.of("Trial ends on 15 Dec 2026"), SubscriptionText.when("trialing", false, TRIAL_END, TRIAL_END, Optional.empty()));
        assertEquals("Free trial", SubscriptionText.status("trialing"));
    }

    @Test
    void anActiveSubscriptionSaysWhenItRenews() {
        assertEquals(Optional.of("Renews on 15 Jan 2027"), SubscriptionText.when("active", false, TRIAL_END, PERIOD_END, Optional.empty()));
    }

    @Test
    void oneCancelledAtThePeriodsEndSaysWhenItEndsEvenDuringItsTrial() {
        assertEquals(Optional.of("Ends on 15 Dec 2026"), SubscriptionText.when("trialing", true, TRIAL_END, TRIAL_END, Optional.empty()));
    }

    @Test
    void anEndedSubscriptionSaysWhenItEnded() {
        assertEquals(Optional.of("Ended on 20 Dec 2026"), SubscriptionText.when("canceled", false, TRIAL_END, PERIOD_END, ENDED));
        assertEquals("Cancelled", SubscriptionText.status("canceled"));
    }

    @Test
    void aFailedRenewalIsSaidInWordsAndStillRenews() {
        assertEquals("Payment failed", SubscriptionText.status("past_due"));
        assertEquals(Optional.of("Renews on 15 Jan 2027"), SubscriptionText.when("past_due", false, Optional.empty(), PERIOD_END, Optional.empty()));
    }

    @Test
    void aCheckoutNotYetDoneHasNoDate() {
        assertEquals(Optional.empty(), SubscriptionText.when("pending_checkout", false, Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
