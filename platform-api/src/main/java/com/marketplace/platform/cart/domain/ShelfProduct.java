package com.marketplace.platform.cart.domain;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.Money;

/** A product on offer now, as the cart needs it: whose it is, what it costs, how many are left. */
public record ShelfProduct(ProductId id, SellerId seller, String sellerName, String name, Money unitPrice, int stock) {
}
