package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.orders.checkout.CartItem;
import com.marketplace.platform.orders.checkout.OrderPlacement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a buyer may choose: one product and how many ({@code productId}, {@code quantity}), or a
 * cart ({@code items}, each a product and how many), and optionally a promotion code. Anything else
 * in the body (a price, a fee, a discount, a seller) is not read: those come from the database and
 * from Stripe.
 */
public record CheckoutRequest(@Schema(example = "12") @Positive Long productId,
                              @Schema(example = "1") @Min(1) @Max(CheckoutRequest.MAX_QUANTITY) Integer quantity,
                              @Schema(example = "SPRING10") @Size(max = CheckoutRequest.MAX_PROMOTION_CODE_LENGTH) String promotionCode,
                              @Size(min = 1, max = OrderPlacement.MAX_LINES) List<@NotNull @Valid Item> items) {

    public static final int MAX_PROMOTION_CODE_LENGTH = 100;

    public static final int MAX_QUANTITY = OrderPlacement.MAX_QUANTITY;

    /** One line of a cart. */
    public record Item(@Schema(example = "12") @NotNull @Positive Long productId,
                       @Schema(example = "2") @NotNull @Min(1) @Max(CheckoutRequest.MAX_QUANTITY) Integer quantity) {
    }

    /** The single-product form: {@code productId} and {@code quantity}, no {@code items}. */
    public boolean isSingleProduct() {
        return items == null;
    }

    /** The lines asked for; empty when the body is neither form (both, or neither complete). */
    public Optional<List<CartItem>> cartItems() {
        if (items != null) {
            return productId == null && quantity == null
                    ? Optional.of(items.stream().map(item -> new CartItem(new ProductId(item.productId()), item.quantity())).toList())
                    : Optional.empty();
        }
        return productId != null && quantity != null
                ? Optional.of(List.of(new CartItem(new ProductId(productId), quantity)))
                : Optional.empty();
    }
}
