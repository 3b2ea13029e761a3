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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Coupons and promotion codes, in the scope they were created in (a Direct-charge session on a
 * connected account only accepts that account's codes, as on Stripe).
 */
@ApplicationScoped
public class Discounts {

    @Inject
    SandboxStore store;

    public StripeObject createCoupon(Scope scope, Params params) {
        Optional<Long> percentOff = params.string("percent_off").map(value -> Math.round(Double.parseDouble(value)));
        Optional<Long> amountOff = params.longValue("amount_off");
        if (percentOff.isEmpty() == amountOff.isEmpty()) {
            throw StripeError.invalidRequest("Exactly one of percent_off or amount_off is required", "percent_off");
        }
        percentOff.filter(pct -> pct <= 0 || pct > 100).ifPresent(pct -> {
            throw StripeError.invalidRequest("percent_off must be greater than 0 and at most 100", "percent_off");
        });
        if (amountOff.isPresent() && params.string("currency").isEmpty()) {
            throw StripeError.missingParam("currency");
        }
        StripeObject coupon = Templates.of("coupon");
        coupon.put("id", params.string("id").orElse(Ids.random(8)));
        coupon.put("amount_off", amountOff.orElse(null));
        coupon.put("created", SandboxClock.nowSeconds());
        coupon.put("currency", params.string("currency").map(value -> value.toLowerCase(Locale.ROOT)).orElse(null));
        coupon.put("duration", params.string("duration").orElse("once"));
        coupon.put("duration_in_months", params.longValue("duration_in_months").orElse(null));
        coupon.put("livemode", false);
        coupon.put("max_redemptions", params.longValue("max_redemptions").orElse(null));
        coupon.put("metadata", params.metadata());
        coupon.put("name", params.string("name").orElse(null));
        coupon.put("percent_off", percentOff.map(Long::doubleValue).orElse(null));
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
        return store.write(tx -> {
            tx.get(couponId, scope, "coupon");
            if (!tx.byLookupKey("promotion_code", lookupKey(scope, code)).isEmpty()) {
                throw StripeError.invalidRequest("An active promotion code with `code: " + code + "` already exists.", "code");
            }
            StripeObject promotion = Templates.of("promotion_code");
            Shapes.blankFields(promotion, List.of("restrictions"));
            promotion.put("id", Ids.next("promo"));
            promotion.put("active", params.bool("active").orElse(true));
            promotion.put("code", code);
            promotion.put("created", SandboxClock.nowSeconds());
            promotion.put("customer", null);
            promotion.put("customer_account", null);
            promotion.put("expires_at", params.longValue("expires_at").orElse(null));
            promotion.put("livemode", false);
            promotion.put("max_redemptions", params.longValue("max_redemptions").orElse(null));
            promotion.put("metadata", params.metadata());
            promotion.put("promotion", StripeObject.of("coupon", couponId, "type", "coupon"));
            promotion.put("restrictions", StripeObject.of("currency_options", new StripeObject(), "first_time_transaction", false,
                    "minimum_amount", null, "minimum_amount_currency", null));
            promotion.put("times_redeemed", 0L);
            return tx.insert(scope, promotion, couponId, lookupKey(scope, code));
        });
    }

    public List<StripeObject> promotionCodesByCode(Scope scope, String code) {
        return store.read(tx -> tx.byLookupKey("promotion_code", lookupKey(scope, code)).stream()
                .map(SandboxTx.ScopedObject::object).toList());
    }

    /** The discount a usable code gives on this subtotal; Stripe's error for an unusable one. */
    Applied apply(SandboxTx tx, Scope scope, String code, long subtotal, String currency) {
        StripeObject promotion = tx.byLookupKey("promotion_code", lookupKey(scope, code)).stream()
                .map(SandboxTx.ScopedObject::object).findFirst()
                .orElseThrow(() -> StripeError.invalidRequest("This code is invalid.", "promotion_code"));
        Long maxRedemptions = promotion.optionalLong("max_redemptions");
        Long expiresAt = promotion.optionalLong("expires_at");
        if (!promotion.bool("active") || (maxRedemptions != null && promotion.longValue("times_redeemed") >= maxRedemptions)
                || (expiresAt != null && expiresAt <= SandboxClock.nowSeconds())) {
            throw StripeError.invalidRequest("This code is no longer valid.", "promotion_code");
        }
        StripeObject coupon = tx.get(promotion.map("promotion").string("coupon"), scope, "coupon");
        long discount;
        if (coupon.get("percent_off") != null) {
            double percent = ((Number) coupon.get("percent_off")).doubleValue();
            discount = Math.round(subtotal * percent / 100.0);
        } else {
            if (!currency.equals(coupon.string("currency"))) {
                throw StripeError.invalidRequest("This code cannot be used with this currency.", "promotion_code");
            }
            discount = Math.min(subtotal, coupon.longValue("amount_off"));
        }
        return new Applied(promotion, coupon, discount);
    }

    /** Counts a redemption once the session completes. */
    void redeem(SandboxTx tx, String promotionCodeId) {
        tx.find(promotionCodeId).ifPresent(found -> {
            StripeObject promotion = found.object();
            promotion.put("times_redeemed", promotion.longValue("times_redeemed") + 1);
            tx.update(promotion);
            tx.find(promotion.map("promotion").string("coupon")).ifPresent(couponFound -> {
                StripeObject coupon = couponFound.object();
                coupon.put("times_redeemed", coupon.longValue("times_redeemed") + 1);
                tx.update(coupon);
            });
        });
    }

    private static String lookupKey(Scope scope, String code) {
        return (scope.isPlatform() ? "platform" : scope.accountId()) + ":" + code.toUpperCase(Locale.ROOT);
    }

    record Applied(StripeObject promotionCode, StripeObject coupon, long discount) {
    }
}
