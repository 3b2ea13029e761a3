package com.marketplace.web.pages.buyer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * A subscription's state written for its buyer: the status in words, and the one date that matters
 * next (the trial's end, the renewal, the end). The status is the platform's mirror of Stripe's,
 * lower case ({@code trialing}, {@code past_due}, ...).
 */
public final class SubscriptionText {

    /** Shown wherever a renewal failed: access goes on for now, the card needs fixing. */
    public static final String PAST_DUE_WARNING = "Payment failed — update your card";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);

    private SubscriptionText() {
    }

    public static String status(String status) {
        return switch (status) {
            case "pending_checkout" -> "Waiting for checkout";
            case "checkout_expired" -> "Not started: checkout was not completed";
            case "incomplete" -> "Waiting for the first payment";
            case "incomplete_expired" -> "Not started: the first payment failed";
            case "trialing" -> "Free trial";
            case "active" -> "Active";
            case "past_due" -> "Payment failed";
            case "unpaid" -> "Ended: unpaid";
            case "canceled" -> "Cancelled";
            case "paused" -> "Paused";
            default -> status.replace('_', ' ');
        };
    }

    /** Whether Stripe still bills it or may bill it again: the states a buyer can change or cancel. */
    public static boolean running(String status) {
        return switch (status) {
            case "trialing", "active", "past_due", "incomplete", "paused" -> true;
            default -> false;
        };
    }

    /** Whether the checkout has not finished yet (the return page shows "processing" and looks again). */
    public static boolean awaitingCheckout(String status) {
        return "pending_checkout".equals(status);
    }

    /**
     * The next date that matters, in words: "Ended on 2 Jan 2027" once over, "Ends on …" when
     * cancelled at the period's end, "Trial ends on …" during a trial, "Renews on …" otherwise;
     * empty when there is no such date (before the checkout).
     */
    public static Optional<String> when(String status, boolean cancelAtPeriodEnd, Optional<Instant> trialEnd,
                                        Optional<Instant> currentPeriodEnd, Optional<Instant> endedAt) {
        if (endedAt.isPresent() && !running(status)) {
            return Optional.of("Ended on " + day(endedAt.get()));
        }
        if (!running(status)) {
            return Optional.empty();
        }
        if (cancelAtPeriodEnd && currentPeriodEnd.isPresent()) {
            return Optional.of("Ends on " + day(currentPeriodEnd.get()));
        }
        if ("trialing".equals(status) && trialEnd.isPresent()) {
            return Optional.of("Trial ends on " + day(trialEnd.get()));
        }
        return currentPeriodEnd.map(end -> "Renews on " + day(end));
    }

    public static String day(Instant instant) {
        return DAY.format(instant);
    }
}
