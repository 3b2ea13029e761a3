package com.marketplace.web.pages.support;

import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.orders.refunds.RefundOutcome;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderRefund;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The refund form of the seller's and the admin's orders pages, both ways: the typed amount into the
 * minor units {@code Refunds.refund} takes, and its outcome into the flash shown after.
 */
public final class RefundForm {

    private RefundForm() {
    }

    /** Empty for all that is left; otherwise the amount in the order's currency, or a 400 page when it cannot be read. */
    public static Optional<Long> amount(String typed, Order order) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String currency = order.currency().value();
        OptionalLong parsed = MoneyText.parse(typed, currency);
        if (parsed.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "The refund amount must be an amount in "
                    + currency.toUpperCase(Locale.ROOT) + ", like 12.50, or empty for all that is left");
        }
        return Optional.of(parsed.getAsLong());
    }

    /** What happened, in words: done, queued because Stripe did not answer, or refused by Stripe. */
    public static String flash(RefundOutcome outcome, Order order) {
        OrderRefund refund = outcome.refund();
        String money = MoneyText.format(refund.amount(), order.currency().value());
        long id = order.id().value();
        return switch (outcome.status()) {
            case SUCCEEDED -> "Refunded " + money + " of order " + id + (refund.restock() ? "; the items are back in stock." : ".");
            case PENDING -> "The refund of " + money + " of order " + id + " is queued: Stripe did not answer yet, it is retried until it does.";
            case FAILED -> "Stripe refused the refund of " + money + " of order " + id + ": " + refund.lastError().orElse("no reason given")
                    + ". It is recorded as failed for an admin to look at.";
        };
    }
}
