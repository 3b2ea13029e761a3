package com.marketplace.platform.orders.domain;

import com.marketplace.platform.sellers.ChargeType;

/**
 * How a purchase is paid: a purchase of one seller is charged with that seller's charge type
 * (DIRECT on their account, DESTINATION on the platform with {@code transfer_data}); a purchase
 * across sellers is one charge on the platform and a transfer to each seller after confirmation.
 */
public enum PurchaseRouting {
    DIRECT,
    DESTINATION,
    SEPARATE_TRANSFERS;

    public static PurchaseRouting of(ChargeType sellersChargeType) {
        return sellersChargeType == ChargeType.DIRECT ? DIRECT : DESTINATION;
    }
}
