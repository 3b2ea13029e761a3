package com.marketplace.onboarding.domain;

import com.marketplace.platform.kernel.ids.SellerId;

/** No seller has this id. */
public class SellerNotFound extends OnboardingRefused {

    public SellerNotFound(SellerId id) {
        super("No seller with id " + id);
    }
}
