package com.marketplace.platform.cart.interfaces.rest;

import com.marketplace.platform.cart.application.PricedCart;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The buyer's cart with today's prices (minor units). {@code currency} and {@code amountTotal} are
 * null while no line can be bought; a line whose product is no longer on offer has {@code available}
 * false and no price.
 */
public record CartResponse(List<Line> lines,
                           @Schema(example = "eur") String currency,
                           @Schema(example = "2500") Long amountTotal,
                           @Schema(example = "2") int itemCount,
                           @Schema(example = "true") boolean checkoutAllowed) {

    public record Line(@Schema(example = "12") long productId,
                       @Schema(example = "Linen tote bag") String name,
                       @Schema(example = "7") Long sellerId,
                       @Schema(example = "Atelier Lovelace") String sellerName,
                       @Schema(example = "1250") Long unitAmount,
                       @Schema(example = "2") int quantity,
                       @Schema(example = "2500") Long amountSubtotal,
                       @Schema(example = "14") Integer stock,
                       @Schema(example = "true") boolean available) {
    }

    static CartResponse of(PricedCart cart) {
        List<Line> lines = cart.lines().stream().map(line -> line.product()
                .map(product -> new Line(line.productId().value(), product.name(), product.seller().value(), product.sellerName(),
                        product.unitPrice().minorUnits(), line.quantity(), line.lineTotal().orElseThrow().minorUnits(), product.stock(), true))
                .orElseGet(() -> new Line(line.productId().value(), null, null, null, null, line.quantity(), null, null, false))).toList();
        return new CartResponse(lines, cart.total().map(total -> total.currency().value()).orElse(null),
                cart.total().map(total -> total.minorUnits()).orElse(null), cart.itemCount(), cart.allBuyable());
    }
}
