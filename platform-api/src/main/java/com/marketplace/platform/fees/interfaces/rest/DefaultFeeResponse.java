package com.marketplace.platform.fees.interfaces.rest;

import com.marketplace.platform.fees.domain.DefaultFee;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

@JsonbPropertyOrder({"currency", "basisPoints", "fixedAmount"})
public record DefaultFeeResponse(String currency, int basisPoints, long fixedAmount) {

    static DefaultFeeResponse of(DefaultFee fee) {
        return new DefaultFeeResponse(fee.currency().value(), fee.rate().basisPoints(), fee.rate().fixed().minorUnits());
    }
}
