package com.marketplace.platform.orders.domain;

import java.util.List;
import java.util.Optional;

/** Promotion codes as Stripe has them, for checking the one a buyer entered. Implemented by the Stripe adapter. */
public interface PromotionCodes {

    /**
     * Every promotion code with this customer-facing code (Stripe compares it ignoring case), active
     * or not, read as {@code requestAccount} (a Direct charge's seller) or the platform, each with
     * its coupon. Stripe failures surface as {@link GatewayFailure}.
     */
    List<PromotionCode> withCode(Optional<String> requestAccount, String code);
}
