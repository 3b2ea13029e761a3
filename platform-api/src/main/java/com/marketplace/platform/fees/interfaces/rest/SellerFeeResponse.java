package com.marketplace.platform.fees.interfaces.rest;

import com.marketplace.platform.fees.domain.SellerFeeOverride;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"sellerId", "currency", "basisPoints", "fixedAmount"})
public record SellerFeeResponse(long sellerId, String currency, int basisPoints, long fixedAmount) {

    static SellerFeeResponse of(SellerFeeOverride override) {
        return new SellerFeeResponse(override.sellerId().value(), override.currency().value(),
                override.rate().basisPoints(), override.rate().fixed().minorUnits());
    }
}
