package com.marketplace.platform.fees.interfaces.rest;

import com.marketplace.platform.fees.domain.SellerFeeOverride;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonbPropertyOrder({"sellerId", "currency", "basisPoints", "fixedAmount"})
public record SellerFeeResponse(@Schema(example = "7") long sellerId,
                                @Schema(example = "eur") String currency,
                                @Schema(example = "1000") int basisPoints,
                                @Schema(example = "25") long fixedAmount) {

    static SellerFeeResponse of(SellerFeeOverride override) {
        return new SellerFeeResponse(override.sellerId().value(), override.currency().value(),
                override.rate().basisPoints(), override.rate().fixed().minorUnits());
    }
}
