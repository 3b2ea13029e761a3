package com.marketplace.platform.fees.interfaces.rest;

import com.marketplace.platform.fees.domain.FeeRate;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rate without its currency, where the currency is said next to it (or, for the fallback, is any). */
@JsonbPropertyOrder({"basisPoints", "fixedAmount"})
public record RateResponse(@Schema(example = "1000") int basisPoints,
                           @Schema(example = "25") long fixedAmount) {

    static RateResponse of(FeeRate rate) {
        return new RateResponse(rate.basisPoints(), rate.fixed().minorUnits());
    }

    static RateResponse fallback() {
        return new RateResponse(FeeRate.FALLBACK_BASIS_POINTS, FeeRate.FALLBACK_FIXED_AMOUNT);
    }
}
