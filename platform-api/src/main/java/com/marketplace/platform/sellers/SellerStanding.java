package com.marketplace.platform.sellers;

import com.marketplace.platform.kernel.ids.SellerId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rest of the platform may know of a seller: whether they can sell, how they are charged
 * and where their money goes. seller-onboarding owns sellers and answers it ({@link SellerDirectory}).
 */
public record SellerStanding(SellerId id, String displayName, OnboardingStatus status, ChargeType chargeType,
                             Optional<String> stripeAccountId, Optional<String> pauseReason) {

    /** A seller who is not paused. */
    public SellerStanding(SellerId id, String displayName, OnboardingStatus status, ChargeType chargeType, Optional<String> stripeAccountId) {
        this(id, displayName, status, chargeType, stripeAccountId, Optional.empty());
    }

    public SellerStanding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(chargeType, "chargeType");
        Objects.requireNonNull(stripeAccountId, "stripeAccountId");
        Objects.requireNonNull(pauseReason, "pauseReason");
    }

    /**
     * Why a checkout or a subscription of this seller is refused, as an error code name and
     * words: {@code SELLER_DISCONNECTED}, {@code SELLER_PAUSED} (with Stripe's reason) or
     * {@code SELLER_NOT_ACTIVE}; empty when the seller may sell.
     */
    public Optional<Refused> refusal() {
        if (maySell()) {
            return Optional.empty();
        }
        if (status == OnboardingStatus.DISCONNECTED) {
            return Optional.of(new Refused(Refused.DISCONNECTED, "The seller " + displayName + " has left the marketplace"));
        }
        return Optional.of(pauseReason.map(reason -> new Refused(Refused.PAUSED, "The seller " + displayName + " is paused: " + reason))
                .orElseGet(() -> new Refused(Refused.NOT_ACTIVE, "The seller " + displayName + " cannot take payments at the moment")));
    }

    /** A refusal to sell: {@code code} is one of the constants, {@code message} says why in words. */
    public record Refused(String code, String message) {
        public static final String NOT_ACTIVE = "SELLER_NOT_ACTIVE";
        public static final String PAUSED = "SELLER_PAUSED";
        public static final String DISCONNECTED = "SELLER_DISCONNECTED";
    }

    /** Onboarded and with an account to be paid on. */
    public boolean maySell() {
        return status.maySell() && stripeAccountId.isPresent();
    }
}
