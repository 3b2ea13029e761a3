package com.marketplace.platform.sellers;

import com.marketplace.platform.kernel.ids.SellerId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rest of the platform may know of a seller: whether they can sell, how they are charged
 * and where their money goes. seller-onboarding owns sellers and answers it ({@link SellerDirectory}).
 */
public record SellerStanding(SellerId id, String displayName, OnboardingStatus status, ChargeType chargeType,
                             Optional<String> stripeAccountId) {

    public SellerStanding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(chargeType, "chargeType");
        Objects.requireNonNull(stripeAccountId, "stripeAccountId");
    }

    /** Onboarded and with an account to be paid on. */
    public boolean maySell() {
        return status.maySell() && stripeAccountId.isPresent();
    }
}
