package com.marketplace.platform.fakes;

import com.marketplace.platform.cart.domain.Shelf;
import com.marketplace.platform.cart.domain.ShelfProduct;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.Money;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Products on offer as a map; {@link #withdraw} takes one off the shelf. */
public final class InMemoryShelf implements Shelf {

    private final Map<ProductId, ShelfProduct> products = new HashMap<>();

    public ShelfProduct offer(long id, long seller, long price, String currency, int stock) {
        ShelfProduct product = new ShelfProduct(new ProductId(id), new SellerId(seller), "Shop " + seller, "Product " + id,
                Money.of(price, currency), stock);
        products.put(product.id(), product);
        return product;
    }

    public void withdraw(ProductId id) {
        products.remove(id);
    }

    @Override
    public Optional<ShelfProduct> offered(ProductId id) {
        return Optional.ofNullable(products.get(id));
    }
}
