package com.marketplace.sandbox.billing;

import com.marketplace.sandbox.store.SandboxTx;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What happens after a renewal payment fails (Stripe's "manage failed payments" settings): the
 * retries, in days after each failed attempt (default 3, 5, 7), and what becomes of the
 * subscription once they are used up: {@code canceled} (Stripe's default; the invoice is marked
 * uncollectible) or {@code unpaid} (the invoice stays open). Stored in the sandbox's settings,
 * changed with {@code POST /_sandbox/billing/settings}.
 */
public record Dunning(List<Long> retryDays, boolean cancelsAfterRetries) {

    public static final String RETRY_DAYS = "billing_retry_days";
    public static final String AFTER_RETRIES = "billing_after_retries";

    public static Dunning read(SandboxTx tx) {
        List<Long> days = Arrays.stream(tx.setting(RETRY_DAYS).orElse("3,5,7").split(","))
                .map(String::trim).filter(day -> !day.isEmpty()).map(Long::parseLong).toList();
        return new Dunning(days, !"unpaid".equals(tx.setting(AFTER_RETRIES).orElse("canceled")));
    }

    /** The delay before the next attempt after {@code attempts} failed ones, or empty when retries are used up. */
    Optional<Long> delayAfterAttempt(long attempts) {
        return attempts <= retryDays.size() ? Optional.of(retryDays.get((int) attempts - 1) * 24 * 3600) : Optional.empty();
    }
}
