package com.marketplace.platform.fees.interfaces.rest;

import com.marketplace.platform.fees.domain.ApplicableRate;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rate a seller's next sale in a currency would be charged at, and whether it is their override, the default or the fallback. */
@JsonbPropertyOrder({"sellerId", "currency", "basisPoints", "fixedAmount", "source"})
public record ApplicableRateResponse(@Schema(example = "7") long sellerId,
                                     @Schema(example = "eur") String currency,
                                     @Schema(example = "1000") int basisPoints,
                                     @Schema(example = "25") long fixedAmount,
                                     @Schema(example = "SELLER_OVERRIDE") String source) {

    static ApplicableRateResponse of(SellerId seller, ApplicableRate applicable) {
        return new ApplicableRateResponse(seller.value(), applicable.rate().currency().value(), applicable.rate().basisPoints(),
                applicable.rate().fixed().minorUnits(), applicable.source().name());
    }
}
