package com.marketplace.platform.fees.interfaces.rest;

import com.marketplace.platform.fees.domain.ApplicableRate;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The rate a seller's next sale in a currency would be charged at, and whether it is their override, the default or the fallback. */
@JsonbPropertyOrder({"sellerId", "currency", "basisPoints", "fixedAmount", "source"})
public record ApplicableRateResponse(long sellerId, String currency, int basisPoints, long fixedAmount, String source) {

    static ApplicableRateResponse of(SellerId seller, ApplicableRate applicable) {
        return new ApplicableRateResponse(seller.value(), applicable.rate().currency().value(), applicable.rate().basisPoints(),
                applicable.rate().fixed().minorUnits(), applicable.source().name());
    }
}
