package com.marketplace.onboarding.domain;

import com.marketplace.platform.kernel.ids.SellerId;

/** A seller's products on sale, as onboarding needs them (implemented over the catalog): withdrawn when Stripe rejects the seller. */
public interface SellerListings {

    /** Takes every product of the seller off sale; returns how many were on sale. */
    int withdrawAllOf(SellerId seller);
}
