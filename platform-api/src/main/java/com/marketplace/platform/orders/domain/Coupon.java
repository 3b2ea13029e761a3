package com.marketplace.platform.orders.domain;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The coupon behind a promotion code, as Stripe reports it: either a percentage off (Stripe keeps
 * two decimals, e.g. 12.5) or an amount off in given currencies ({@code amount_off} with its
 * {@code currency}, plus any {@code currency_options}).
 *
 * @param amountsOff           the amount off per currency, in that currency's minor units; empty for a percentage
 * @param restrictedToProducts {@code applies_to.products} is set: the platform's sessions carry
 *                             products made for the session, which such a coupon never applies to
 */
public record Coupon(boolean valid, Optional<Instant> redeemBy, Optional<Long> maxRedemptions, long timesRedeemed,
                     Optional<BigDecimal> percentOff, Map<CurrencyCode, Long> amountsOff, boolean restrictedToProducts) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Coupon {
        Objects.requireNonNull(redeemBy, "redeemBy");
        Objects.requireNonNull(maxRedemptions, "maxRedemptions");
        Objects.requireNonNull(percentOff, "percentOff");
        amountsOff = Map.copyOf(amountsOff);
    }

    /** Stripe's {@code valid}, which it also derives from these two: checked here too, so a stale flag cannot let one through. */
    public boolean isRedeemable(Instant now) {
        return valid && redeemBy.map(now::isBefore).orElse(true) && maxRedemptions.map(max -> timesRedeemed < max).orElse(true);
    }

    /**
     * What this coupon takes off {@code subtotal}, as Stripe computes it on a session: a percentage
     * of the subtotal rounded to the nearest minor unit, half up (Stripe's rule for its own amounts;
     * the session's {@code amount_total} is compared after creation, so a difference cannot go
     * unnoticed); an amount off, at most the subtotal. Empty when it has no amount in this currency.
     */
    public Optional<Money> discountOn(Money subtotal) {
        long off;
        if (percentOff.isPresent()) {
            off = BigDecimal.valueOf(subtotal.minorUnits()).multiply(percentOff.get()).divide(HUNDRED, 0, RoundingMode.HALF_UP)
                    .longValueExact();
        } else {
            Long amount = amountsOff.get(subtotal.currency());
            if (amount == null) {
                return Optional.empty();
            }
            off = amount;
        }
        return Optional.of(new Money(Math.max(0, Math.min(off, subtotal.minorUnits())), subtotal.currency()));
    }
}
