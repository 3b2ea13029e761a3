package com.marketplace.platform.kpis.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A share as a fraction from 0 to 1, rounded half up to four decimals (0.6667 for 2 of 3, so a
 * dispute rate of 0.75 % is 0.0075, exactly what an alert's threshold compares with).
 *
 * <p>A rate of nothing is empty, not 0: with no payment attempted there is no success rate, and
 * calling it 0 would read as "every payment failed" (and trip the alert on a quiet day).
 */
public final class Rate {

    public static final int SCALE = 4;

    private Rate() {
    }

    /**
     * {@code part / whole}; empty when {@code whole} is 0. Refuses a negative count. Every rate but
     * two counts a part of its whole and so stays within 0 to 1. The dispute rate (disputes opened in
     * the window per payment in it, as Stripe's monitoring reckons it) could pass 1 on a window with
     * more disputes than payments, and the churn rate (subscriptions ended in the window per one with
     * access at its start) could on a window where more started and ended than were there before;
     * both are reported as they are rather than capped.
     */
    public static Optional<BigDecimal> of(long part, long whole) {
        if (part < 0 || whole < 0) {
            throw new IllegalArgumentException("A rate counts things: got " + part + " of " + whole);
        }
        if (whole == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP));
    }
}
