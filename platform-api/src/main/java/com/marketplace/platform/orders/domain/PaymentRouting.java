package com.marketplace.platform.orders.domain;

import com.marketplace.platform.sellers.ChargeType;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an order's payment lives at Stripe, fixed when its session is created: a Direct charge on
 * the seller's connected account (requests carry {@code Stripe-Account}, events arrive at the
 * Connect endpoint); a Destination charge on the platform, transferring to the seller's account;
 * a share of a purchase across sellers on the platform, paid to the seller by a transfer ({@link #separateTransfer}).
 */
public record PaymentRouting(ChargeType chargeType, String sellerAccountId, boolean separateTransfers) {

    /** One seller's payment, charged with their charge type. */
    public PaymentRouting(ChargeType chargeType, String sellerAccountId) {
        this(chargeType, sellerAccountId, false);
    }

    /**
     * The share of a purchase across sellers: charged on the platform (no {@code transfer_data}, no
     * application fee), reaching the seller by a transfer after confirmation. {@code chargeType} is
     * the seller's own, kept for the record; it decides nothing about this payment.
     */
    public static PaymentRouting separateTransfer(ChargeType sellersChargeType, String sellerAccountId) {
        return new PaymentRouting(sellersChargeType, sellerAccountId, true);
    }

    public PaymentRouting {
        Objects.requireNonNull(chargeType, "chargeType");
        if (sellerAccountId == null || !sellerAccountId.startsWith("acct_")) {
            throw new IllegalArgumentException("A payment goes to a connected account (acct_...), got " + sellerAccountId);
        }
    }

    /** The account requests about this payment are made as: the seller's for Direct, the platform's (none) for Destination. */
    public Optional<String> requestAccount() {
        return chargeType == ChargeType.DIRECT && !separateTransfers ? Optional.of(sellerAccountId) : Optional.empty();
    }

    /**
     * Whether an event about this payment could have come from the given account: a Direct charge's
     * events carry the seller's account, a Destination charge's carry none. An event from anywhere
     * else names another payment with a colliding id, and must not touch this order.
     */
    public boolean matchesEventAccount(Optional<String> eventAccount) {
        return eventAccount.equals(requestAccount());
    }
}
