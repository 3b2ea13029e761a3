package com.marketplace.platform.plans.domain;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.sellers.ChargeType;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a plan's Product and Prices live at Stripe, fixed when the plan is created: a Direct
 * seller's on their connected account ({@code Stripe-Account}), a Destination seller's on the
 * platform, marked with the seller's id ({@code metadata[seller]}).
 */
public record PlanRouting(SellerId seller, ChargeType chargeType, String sellerAccountId) {

    public PlanRouting {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(chargeType, "chargeType");
        if (sellerAccountId == null || !sellerAccountId.startsWith("acct_")) {
            throw new IllegalArgumentException("A plan belongs to a connected account (acct_...), got " + sellerAccountId);
        }
    }

    /** The account requests about the plan are made as: the seller's for Direct, the platform's (none) for Destination. */
    public Optional<String> requestAccount() {
        return chargeType == ChargeType.DIRECT ? Optional.of(sellerAccountId) : Optional.empty();
    }
}
