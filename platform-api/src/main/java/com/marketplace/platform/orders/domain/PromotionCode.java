package com.marketplace.platform.orders.domain;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.domain.PromotionCodeRejected.Reason;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A promotion code as Stripe reports it where the order's session will be created (on the
 * seller's account for a Direct charge, on the platform for Destination), with its coupon. It
 * decides, before anything is created, whether the buyer may use it on an order, and what it takes
 * off: the same checks Stripe makes when the session is created with it, so a code Stripe would
 * refuse is refused here first with words the buyer understands.
 *
 * @param coupon           empty when the code promotes something other than a coupon
 * @param minimumAmounts   {@code restrictions.minimum_amount} per currency (with {@code currency_options});
 *                         a code with a minimum in other currencies only cannot be used in this one
 * @param forOneCustomer   restricted to a customer: the platform's sessions have none, Stripe would refuse it
 */
public record PromotionCode(String id, String code, boolean active, Optional<Instant> expiresAt, Optional<Long> maxRedemptions,
                            long timesRedeemed, boolean forOneCustomer, Map<CurrencyCode, Long> minimumAmounts,
                            Optional<Coupon> coupon) {

    /** What a buyer may type: Stripe's codes are letters, digits and dashes; nothing else is ever sent to it. */
    public static final String TYPED_CODE = "[A-Za-z0-9_-]{1,100}";

    public PromotionCode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(maxRedemptions, "maxRedemptions");
        Objects.requireNonNull(coupon, "coupon");
        minimumAmounts = Map.copyOf(minimumAmounts);
    }

    /**
     * The code a buyer typed, among the codes Stripe lists for it: codes are unique among active
     * ones only, so an active one wins over inactive namesakes, and an inactive one is still the
     * answer (it says why the code cannot be used). Something that is not a code at all is never
     * sent to Stripe ({@link #TYPED_CODE}) and is as unknown as a code Stripe does not have.
     */
    public static PromotionCode entered(String typed, List<PromotionCode> namesakes) {
        List<PromotionCode> same = namesakes.stream().filter(found -> found.code().equalsIgnoreCase(typed)).toList();
        return same.stream().filter(PromotionCode::active).findFirst().or(() -> same.stream().findFirst())
                .orElseThrow(() -> new PromotionCodeRejected(typed, Reason.UNKNOWN));
    }

    /** The discount on {@code subtotal} at {@code now}; throws {@link PromotionCodeRejected} saying why it cannot be used. */
    public Discount discountOn(Money subtotal, Instant now) {
        if (!active) {
            throw rejected(Reason.INACTIVE);
        }
        if (expiresAt.map(expiry -> !now.isBefore(expiry)).orElse(false)) {
            throw rejected(Reason.EXPIRED);
        }
        if (maxRedemptions.map(max -> timesRedeemed >= max).orElse(false)) {
            throw rejected(Reason.USED_UP);
        }
        if (forOneCustomer) {
            throw rejected(Reason.FOR_ANOTHER_CUSTOMER);
        }
        Coupon promoted = coupon.filter(c -> c.isRedeemable(now)).orElseThrow(() -> rejected(Reason.COUPON_NOT_VALID));
        if (promoted.restrictedToProducts()) {
            throw rejected(Reason.NOT_FOR_THIS_PRODUCT);
        }
        checkMinimum(subtotal);
        Money off = promoted.discountOn(subtotal).orElseThrow(() -> rejected(Reason.NOT_IN_THIS_CURRENCY));
        return new Discount(id, off);
    }

    // Stripe compares the minimum with the amount before the discount.
    private void checkMinimum(Money subtotal) {
        if (minimumAmounts.isEmpty()) {
            return;
        }
        Long minimum = minimumAmounts.get(subtotal.currency());
        if (minimum == null) {
            throw rejected(Reason.NOT_IN_THIS_CURRENCY);
        }
        if (subtotal.minorUnits() < minimum) {
            throw new PromotionCodeRejected(code, Reason.BELOW_MINIMUM, "(at least " + display(new Money(minimum, subtotal.currency())) + ")");
        }
    }

    private PromotionCodeRejected rejected(Reason reason) {
        return new PromotionCodeRejected(code, reason);
    }

    private static String display(Money amount) {
        return BigDecimal.valueOf(amount.minorUnits(), amount.currency().minorUnitDigits()).toPlainString() + " "
                + amount.currency().value().toUpperCase(Locale.ROOT);
    }
}
