package com.marketplace.platform.fees.interfaces.rest;

import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.platform.kernel.money.SupportedCurrency;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rate as the admin sets it: basis points of the amount (250 is 2.5 %) plus a fixed amount in
 * the currency's minor units (30 + "eur" is 0.30 EUR; 30 + "jpy" is 30 yen).
 */
public record FeeRateRequest(@Schema(example = "eur") @NotNull @SupportedCurrency String currency,
                             @Schema(example = "1000") @NotNull @Min(0) @Max(FeeRate.MAX_BASIS_POINTS) Integer basisPoints,
                             @Schema(example = "25") @NotNull @PositiveOrZero @Max(SupportedCurrencies.MAX_AMOUNT) Long fixedAmount) {

    FeeRate toRate() {
        return FeeRate.of(basisPoints, fixedAmount, new CurrencyCode(currency));
    }
}
