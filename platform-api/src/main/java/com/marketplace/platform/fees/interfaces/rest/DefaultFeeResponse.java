package com.marketplace.platform.fees.interfaces.rest;

import com.marketplace.platform.fees.domain.DefaultFee;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonbPropertyOrder({"currency", "basisPoints", "fixedAmount"})
public record DefaultFeeResponse(@Schema(example = "eur") String currency,
                                 @Schema(example = "1000") int basisPoints,
                                 @Schema(example = "25") long fixedAmount) {

    static DefaultFeeResponse of(DefaultFee fee) {
        return new DefaultFeeResponse(fee.currency().value(), fee.rate().basisPoints(), fee.rate().fixed().minorUnits());
    }
}
