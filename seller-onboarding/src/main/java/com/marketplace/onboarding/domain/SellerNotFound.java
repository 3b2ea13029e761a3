package com.marketplace.onboarding.domain;

import com.marketplace.platform.kernel.ids.SellerId;

/** No seller has this id. */
public class SellerNotFound extends OnboardingRefused {

    public SellerNotFound(SellerId id) {
        super(Reason.SELLER_NOT_FOUND, "No seller with id " + id);
    }
}
