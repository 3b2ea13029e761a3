package com.marketplace.platform.catalog.application;

import com.marketplace.platform.catalog.domain.ProductChanges;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.platform.kernel.money.SupportedCurrency;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A partial change of a product: only the fields sent change (a null field is left as it is).
 * {@code expectedStock}, optional, is the stock the client last read: the change is then applied
 * only if the stock is still that (409 {@code stock_changed} otherwise), so a new count typed
 * against an old figure never undoes a sale.
 */
public record ProductEdit(@Schema(example = "Linen tote bag") @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
                          @Schema(example = "Hand-stitched tote bag in natural linen") @Size(max = 4000) String description,
                          @Schema(example = "1250") @Positive @Max(SupportedCurrencies.MAX_AMOUNT) Long priceAmount,
                          @Schema(example = "eur") @SupportedCurrency String currency,
                          @Schema(example = "14") @PositiveOrZero @Max(1_000_000) Integer stock,
                          @Schema(example = "true") Boolean active,
                          @Schema(example = "14") @PositiveOrZero Integer expectedStock) {

    @AssertTrue(message = "must change at least one of name, description, priceAmount, currency, stock, active")
    public boolean isChangingSomething() {
        return Stream.of(name, description, priceAmount, currency, stock, active).anyMatch(value -> value != null);
    }

    ProductChanges toChanges() {
        return new ProductChanges(Optional.ofNullable(name), Optional.ofNullable(description), Optional.ofNullable(priceAmount),
                Optional.ofNullable(currency), Optional.ofNullable(stock), Optional.ofNullable(active), Optional.ofNullable(expectedStock));
    }
}
