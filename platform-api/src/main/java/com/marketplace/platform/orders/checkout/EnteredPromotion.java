package com.marketplace.platform.orders.checkout;

import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.orders.domain.PromotionCode;

/** The promotion code a buyer entered, as Stripe reported it on the account that will create the session ({@code lookedUpFor}). */
public record EnteredPromotion(PromotionCode code, PaymentRouting lookedUpFor) {
}
