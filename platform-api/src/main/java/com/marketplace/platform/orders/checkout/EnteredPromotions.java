package com.marketplace.platform.orders.checkout;

import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.orders.domain.PromotionCode;
import com.marketplace.platform.orders.domain.PromotionCodeRejected;
import com.marketplace.platform.orders.domain.PromotionCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Finds the promotion code a buyer typed where their session will be created (the seller's
 * account for a Direct charge, the platform for Destination): the only place Stripe would accept
 * it. Whether it may be used on the order is the code's own decision ({@link PromotionCode#discountOn}).
 */
@ApplicationScoped
public class EnteredPromotions {

    private PromotionCodes codes;

    protected EnteredPromotions() {
        // for CDI proxies
    }

    @Inject
    public EnteredPromotions(PromotionCodes codes) {
        this.codes = codes;
    }

    /** Throws {@link PromotionCodeRejected} when there is no such code there, {@code GatewayFailure} when Stripe did not answer. */
    public EnteredPromotion lookUp(String typed, PaymentRouting routing) {
        List<PromotionCode> namesakes = typed.matches(PromotionCode.TYPED_CODE) ? codes.withCode(routing.requestAccount(), typed) : List.of();
        return new EnteredPromotion(PromotionCode.entered(typed, namesakes), routing);
    }
}
