package com.marketplace.platform.catalog.application;

import com.marketplace.platform.catalog.domain.ProductDetails;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.platform.kernel.money.SupportedCurrency;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A seller's new product: the price in integer minor units of a lowercase currency (1999 + "eur" is 19.99 EUR). */
public record NewProduct(@Schema(example = "Linen tote bag") @NotBlank @Size(max = 200) String name,
                         @Schema(example = "Hand-stitched tote bag in natural linen") @Size(max = 4000) String description,
                         @Schema(example = "1250") @NotNull @Positive @Max(SupportedCurrencies.MAX_AMOUNT) Long priceAmount,
                         @Schema(example = "eur") @NotNull @SupportedCurrency String currency,
                         @Schema(example = "14") @NotNull @PositiveOrZero @Max(1_000_000) Integer stock,
                         @Schema(example = "true") Boolean active) {

    ProductDetails toDetails() {
        return new ProductDetails(name, description, Money.of(priceAmount, currency), stock, Boolean.TRUE.equals(active));
    }
}
