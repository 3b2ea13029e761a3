package com.marketplace.sandbox.checkout;

import com.marketplace.sandbox.protocol.Params;
import com.marketplace.sandbox.protocol.Shapes;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.Templates;
import com.marketplace.sandbox.store.Ids;
import com.marketplace.sandbox.store.SandboxClock;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Coupons and promotion codes, in the scope they were created in (a Direct-charge session on a
 * connected account only accepts that account's codes, as on Stripe). A code is usable while it is
 * active, before its {@code expires_at}, under its {@code max_redemptions}, not tied to a customer,
 * with a coupon still valid (not past {@code redeem_by}, under its own limit), an {@code amount_off}
 * in the session's currency and a subtotal at least its {@code restrictions.minimum_amount}.
 * A percentage is taken of the subtotal and rounded to the nearest minor unit, half up.
 */
@ApplicationScoped
public class Discounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    SandboxStore store;

    public StripeObject createCoupon(Scope scope, Params params) {
        Optional<BigDecimal> percentOff = params.string("percent_off").map(value -> decimal(value, "percent_off"));
        Optional<Long> amountOff = params.longValue("amount_off");
        if (percentOff.isEmpty() == amountOff.isEmpty()) {
            throw StripeError.invalidRequest("Exactly one of percent_off or amount_off is required", "percent_off");
        }
        percentOff.filter(pct -> pct.signum() <= 0 || pct.compareTo(HUNDRED) > 0 || pct.scale() > 2).ifPresent(pct -> {
            throw StripeError.invalidRequest("percent_off must be greater than 0 and at most 100, with at most two decimals", "percent_off");
        });
        amountOff.filter(amount -> amount <= 0).ifPresent(amount -> {
            throw StripeError.invalidRequest("amount_off must be a positive integer", "amount_off");
        });
        if (amountOff.isPresent() && params.string("currency").isEmpty()) {
            throw StripeError.missingParam("currency");
        }
        StripeObject currencyOptions = new StripeObject();
        params.child("currency_options").raw().forEach((currency, option) -> {
            long amount = params.child("currency_options").child(currency).requiredLong("amount_off");
            currencyOptions.put(currency.toLowerCase(Locale.ROOT), StripeObject.of("amount_off", amount));
        });
        if (percentOff.isPresent() && !currencyOptions.isEmpty()) {
            throw StripeError.invalidRequest("currency_options can only be set on a coupon with amount_off", "currency_options");
        }
        StripeObject coupon = Templates.of("coupon");
        coupon.put("id", params.string("id").orElse(Ids.random(8)));
        coupon.put("amount_off", amountOff.orElse(null));
        coupon.put("created", SandboxClock.nowSeconds());
        coupon.put("currency", params.string("currency").map(value -> value.toLowerCase(Locale.ROOT)).orElse(null));
        coupon.put("currency_options", amountOff.isPresent() ? currencyOptions : null);
        coupon.put("duration", params.string("duration").orElse("once"));
        coupon.put("duration_in_months", params.longValue("duration_in_months").orElse(null));
        coupon.put("livemode", false);
        coupon.put("max_redemptions", params.longValue("max_redemptions").orElse(null));
        coupon.put("metadata", params.metadata());
        coupon.put("name", params.string("name").orElse(null));
        coupon.put("percent_off", percentOff.map(BigDecimal::doubleValue).orElse(null));
        coupon.put("redeem_by", params.longValue("redeem_by").orElse(null));
        coupon.put("times_redeemed", 0L);
        coupon.put("valid", true);
        return store.write(tx -> {
            if (tx.find(coupon.id()).isPresent()) {
                throw StripeError.invalidRequest("Coupon already exists.", "id");
            }
            return tx.insert(scope, coupon);
        });
    }

    public StripeObject createPromotionCode(Scope scope, Params params) {
        String couponId = params.child("promotion").string("coupon").or(() -> params.string("coupon"))
                .orElseThrow(() -> StripeError.missingParam("promotion[coupon]"));
        String code = params.string("code").orElse(Ids.random(8).toUpperCase(Locale.ROOT));
        StripeObject restrictions = restrictions(params.child("restrictions"));
        boolean active = params.bool("active").orElse(true);
        return store.write(tx -> {
            tx.get(couponId, scope, "coupon");
            if (active && activeWithCode(tx, scope, code).isPresent()) {
                throw StripeError.invalidRequest("An active promotion code with `code: " + code + "` already exists.", "code");
            }
            StripeObject promotion = Templates.of("promotion_code");
            Shapes.blankFields(promotion, List.of("restrictions"));
            promotion.put("id", Ids.next("promo"));
            promotion.put("active", active);
            promotion.put("code", code);
            promotion.put("created", SandboxClock.nowSeconds());
            promotion.put("customer", params.string("customer").orElse(null));
            promotion.put("customer_account", null);
            promotion.put("expires_at", params.longValue("expires_at").orElse(null));
            promotion.put("livemode", false);
            promotion.put("max_redemptions", params.longValue("max_redemptions").orElse(null));
            promotion.put("metadata", params.metadata());
            promotion.put("promotion", StripeObject.of("coupon", couponId, "type", "coupon"));
            promotion.put("restrictions", restrictions);
            promotion.put("times_redeemed", 0L);
            return tx.insert(scope, promotion, couponId, lookupKey(scope, code));
        });
    }

    /** {@code POST /v1/promotion_codes/{id}}: {@code active} and {@code metadata}, the fields Stripe lets change. */
    public StripeObject updatePromotionCode(Scope scope, String id, Params params) {
        return store.write(tx -> {
            StripeObject promotion = tx.get(id, scope, "promotion_code");
            Optional<Boolean> active = params.bool("active");
            if (active.orElse(false) && !promotion.bool("active")) {
                if (activeWithCode(tx, scope, promotion.string("code")).isPresent()) {
                    throw StripeError.invalidRequest("An active promotion code with `code: " + promotion.string("code")
                            + "` already exists.", "active");
                }
                if (!couponValid(tx.get(promotion.map("promotion").string("coupon"), scope, "coupon"))) {
                    throw StripeError.invalidRequest("This promotion code cannot be reactivated because its coupon is no longer valid.",
                            "active");
                }
            }
            active.ifPresent(value -> promotion.put("active", value));
            if (params.has("metadata")) {
                StripeObject metadata = promotion.map("metadata");
                params.metadata().forEach((key, value) -> {
                    if ("".equals(value)) {
                        metadata.remove(key);
                    } else {
                        metadata.put(key, value);
                    }
                });
            }
            tx.update(promotion);
            return promotion;
        });
    }

    /** Every promotion code of this scope with this code, ignoring case (as Stripe's {@code code} filter), newest first. */
    public List<StripeObject> promotionCodesByCode(Scope scope, String code) {
        return store.read(tx -> namesakes(tx, scope, code));
    }

    /** A code typed on the hosted page: the active one of that name. */
    Applied applyTyped(SandboxTx tx, Scope scope, String code, long subtotal, String currency) {
        StripeObject promotion = activeWithCode(tx, scope, code)
                .orElseThrow(() -> StripeError.invalidRequest("This code is invalid.", "promotion_code"));
        return apply(tx, scope, promotion, subtotal, currency, "promotion_code");
    }

    /** The discount a usable promotion code gives on this subtotal; Stripe's error, on {@code param}, for an unusable one. */
    Applied apply(SandboxTx tx, Scope scope, StripeObject promotion, long subtotal, String currency, String param) {
        Long maxRedemptions = promotion.optionalLong("max_redemptions");
        Long expiresAt = promotion.optionalLong("expires_at");
        if (!promotion.bool("active")) {
            throw StripeError.invalidRequest("This promotion code is inactive.", param);
        }
        if (expiresAt != null && expiresAt <= SandboxClock.nowSeconds()) {
            throw StripeError.invalidRequest("This promotion code has expired.", param);
        }
        if (maxRedemptions != null && promotion.longValue("times_redeemed") >= maxRedemptions) {
            throw StripeError.invalidRequest("This promotion code has reached its maximum number of redemptions.", param);
        }
        if (promotion.get("customer") != null) {
            throw StripeError.invalidRequest("This promotion code cannot be redeemed because it is restricted to a customer.", param);
        }
        StripeObject coupon = tx.get(promotion.map("promotion").string("coupon"), scope, "coupon");
        if (!couponValid(coupon)) {
            throw StripeError.invalidRequest("This promotion code cannot be redeemed because the associated coupon is no longer valid.",
                    param);
        }
        checkMinimum(promotion.map("restrictions"), subtotal, currency, param);
        long discount;
        if (coupon.get("percent_off") != null) {
            BigDecimal percent = new BigDecimal(coupon.get("percent_off").toString());
            discount = BigDecimal.valueOf(subtotal).multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
        } else {
            Long amountOff = currency.equals(coupon.string("currency")) ? coupon.optionalLong("amount_off")
                    : Optional.ofNullable(coupon.map("currency_options")).map(options -> options.map(currency))
                            .map(option -> option.optionalLong("amount_off")).orElse(null);
            if (amountOff == null) {
                throw StripeError.invalidRequest("This promotion code cannot be applied to a Checkout Session in " + currency + ".", param);
            }
            discount = amountOff;
        }
        return new Applied(promotion, coupon, Math.min(subtotal, discount));
    }

    /** Counts a redemption once the session completes; a coupon at its limit stops being valid. */
    void redeem(SandboxTx tx, String promotionCodeId) {
        tx.find(promotionCodeId).ifPresent(found -> {
            StripeObject promotion = found.object();
            promotion.put("times_redeemed", promotion.longValue("times_redeemed") + 1);
            tx.update(promotion);
            tx.find(promotion.map("promotion").string("coupon")).ifPresent(couponFound -> {
                StripeObject coupon = couponFound.object();
                coupon.put("times_redeemed", coupon.longValue("times_redeemed") + 1);
                Long max = coupon.optionalLong("max_redemptions");
                if (max != null && coupon.longValue("times_redeemed") >= max) {
                    coupon.put("valid", false);
                }
                tx.update(coupon);
            });
        });
    }

    private static boolean couponValid(StripeObject coupon) {
        Long redeemBy = coupon.optionalLong("redeem_by");
        Long max = coupon.optionalLong("max_redemptions");
        return coupon.bool("valid") && (redeemBy == null || redeemBy > SandboxClock.nowSeconds())
                && (max == null || coupon.longValue("times_redeemed") < max);
    }

    // Stripe compares the minimum with the subtotal before the discount, in the session's currency:
    // the restriction's own currency or one of its currency_options.
    private static void checkMinimum(StripeObject restrictions, long subtotal, String currency, String param) {
        if (restrictions == null || restrictions.get("minimum_amount") == null) {
            return;
        }
        Long minimum = currency.equals(restrictions.string("minimum_amount_currency")) ? restrictions.optionalLong("minimum_amount")
                : Optional.ofNullable(restrictions.map("currency_options")).map(options -> options.map(currency))
                        .map(option -> option.optionalLong("minimum_amount")).orElse(null);
        if (minimum == null) {
            throw StripeError.invalidRequest("This promotion code cannot be applied to a Checkout Session in " + currency + ".", param);
        }
        if (subtotal < minimum) {
            throw StripeError.invalidRequest("This promotion code requires a minimum order amount of " + minimum + " " + currency + ".",
                    param);
        }
    }

    private static StripeObject restrictions(Params params) {
        Optional<Long> minimum = params.longValue("minimum_amount");
        Optional<String> minimumCurrency = params.string("minimum_amount_currency").map(value -> value.toLowerCase(Locale.ROOT));
        if (minimum.isPresent() != minimumCurrency.isPresent()) {
            throw minimum.isPresent() ? StripeError.missingParam(params.name("minimum_amount_currency"))
                    : StripeError.missingParam(params.name("minimum_amount"));
        }
        StripeObject currencyOptions = new StripeObject();
        params.child("currency_options").raw().forEach((currency, option) -> currencyOptions.put(currency.toLowerCase(Locale.ROOT),
                StripeObject.of("minimum_amount", params.child("currency_options").child(currency).requiredLong("minimum_amount"))));
        if (!currencyOptions.isEmpty() && minimum.isEmpty()) {
            throw StripeError.missingParam(params.name("minimum_amount"));
        }
        return StripeObject.of("currency_options", currencyOptions, "first_time_transaction",
                params.bool("first_time_transaction").orElse(false), "minimum_amount", minimum.orElse(null),
                "minimum_amount_currency", minimumCurrency.orElse(null));
    }

    private static Optional<StripeObject> activeWithCode(SandboxTx tx, Scope scope, String code) {
        return namesakes(tx, scope, code).stream().filter(promotion -> promotion.bool("active")).findFirst();
    }

    private static List<StripeObject> namesakes(SandboxTx tx, Scope scope, String code) {
        List<StripeObject> found = new ArrayList<>(tx.byLookupKey("promotion_code", lookupKey(scope, code)).stream()
                .map(SandboxTx.ScopedObject::object).toList());
        Collections.reverse(found);
        return found;
    }

    private static BigDecimal decimal(String value, String param) {
        try {
            return new BigDecimal(value).stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw StripeError.invalidRequest("Invalid decimal: " + value, param);
        }
    }

    private static String lookupKey(Scope scope, String code) {
        return (scope.isPlatform() ? "platform" : scope.accountId()) + ":" + code.toUpperCase(Locale.ROOT);
    }

    record Applied(StripeObject promotionCode, StripeObject coupon, long discount) {
    }
}
