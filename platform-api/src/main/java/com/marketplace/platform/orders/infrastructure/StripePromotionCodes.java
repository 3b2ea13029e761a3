package com.marketplace.platform.orders.infrastructure;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.orders.domain.Coupon;
import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.PromotionCode;
import com.marketplace.platform.orders.domain.PromotionCodes;
import com.marketplace.platform.stripe.infrastructure.StripeApi;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.StripeCollection;
import com.stripe.net.RequestOptions;
import com.stripe.param.PromotionCodeListParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads promotion codes by their customer-facing code ({@code GET /v1/promotion_codes?code=...}),
 * with each code's coupon expanded, where the order's session will be created: a code lives on the
 * account that made it, so a Direct seller's codes are read on their account.
 */
@ApplicationScoped
public class StripePromotionCodes implements PromotionCodes {

    // Codes are unique among active ones only: a few inactive namesakes may come along.
    private static final long LIMIT = 20;

    private StripeApi stripe;

    protected StripePromotionCodes() {
        // for CDI proxies
    }

    @Inject
    public StripePromotionCodes(StripeApi stripe) {
        this.stripe = stripe;
    }

    @Override
    public List<PromotionCode> withCode(Optional<String> requestAccount, String code) {
        PromotionCodeListParams params = PromotionCodeListParams.builder().setCode(code).setLimit(LIMIT)
                .addExpand("data.promotion.coupon").build();
        RequestOptions options = requestAccount.map(stripe::onAccount).orElseGet(() -> RequestOptions.builder().build());
        try {
            StripeCollection<com.stripe.model.PromotionCode> found = stripe.client().v1().promotionCodes().list(params, options);
            return found.getData().stream().map(StripePromotionCodes::translate).toList();
        } catch (StripeException e) {
            boolean transientFailure = e instanceof ApiConnectionException || e instanceof RateLimitException
                    || (e.getStatusCode() != null && e.getStatusCode() >= 500);
            throw new GatewayFailure("reading promotion codes failed: " + (transientFailure ? "Stripe could not be reached" : "Stripe refused it")
                    + " (HTTP " + e.getStatusCode() + ", code " + e.getCode() + ", request id " + e.getRequestId() + ")", transientFailure, e);
        }
    }

    private static PromotionCode translate(com.stripe.model.PromotionCode promotion) {
        com.stripe.model.PromotionCode.Restrictions restrictions = promotion.getRestrictions();
        Map<CurrencyCode, Long> minimums = new HashMap<>();
        if (restrictions != null) {
            if (restrictions.getMinimumAmount() != null && restrictions.getMinimumAmountCurrency() != null) {
                minimums.put(CurrencyCode.of(restrictions.getMinimumAmountCurrency()), restrictions.getMinimumAmount());
            }
            if (restrictions.getCurrencyOptions() != null) {
                restrictions.getCurrencyOptions().forEach((currency, option) -> {
                    if (option.getMinimumAmount() != null) {
                        minimums.put(CurrencyCode.of(currency), option.getMinimumAmount());
                    }
                });
            }
        }
        boolean forOneCustomer = promotion.getCustomer() != null || promotion.getCustomerAccount() != null;
        Optional<Coupon> coupon = Optional.ofNullable(promotion.getPromotion())
                .filter(promoted -> "coupon".equals(promoted.getType()))
                .map(com.stripe.model.PromotionCode.Promotion::getCouponObject)
                .map(StripePromotionCodes::translate);
        return new PromotionCode(promotion.getId(), promotion.getCode(), Boolean.TRUE.equals(promotion.getActive()),
                Optional.ofNullable(promotion.getExpiresAt()).map(Instant::ofEpochSecond), Optional.ofNullable(promotion.getMaxRedemptions()),
                orZero(promotion.getTimesRedeemed()), forOneCustomer, minimums, coupon);
    }

    private static Coupon translate(com.stripe.model.Coupon coupon) {
        Map<CurrencyCode, Long> amountsOff = new HashMap<>();
        if (coupon.getAmountOff() != null && coupon.getCurrency() != null) {
            amountsOff.put(CurrencyCode.of(coupon.getCurrency()), coupon.getAmountOff());
        }
        if (coupon.getCurrencyOptions() != null) {
            coupon.getCurrencyOptions().forEach((currency, option) -> {
                if (option.getAmountOff() != null) {
                    amountsOff.put(CurrencyCode.of(currency), option.getAmountOff());
                }
            });
        }
        boolean restrictedToProducts = coupon.getAppliesTo() != null && coupon.getAppliesTo().getProducts() != null
                && !coupon.getAppliesTo().getProducts().isEmpty();
        return new Coupon(Boolean.TRUE.equals(coupon.getValid()), Optional.ofNullable(coupon.getRedeemBy()).map(Instant::ofEpochSecond),
                Optional.ofNullable(coupon.getMaxRedemptions()), orZero(coupon.getTimesRedeemed()),
                Optional.ofNullable(coupon.getPercentOff()), amountsOff, restrictedToProducts);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
