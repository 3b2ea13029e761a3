package com.marketplace.platform.fakes;

import com.marketplace.platform.catalog.domain.Inventory;
import com.marketplace.platform.catalog.domain.ProductId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Stock per product; taking is refused when short, as the conditional UPDATE refuses it. */
public final class InMemoryInventory implements Inventory {

    private final Map<ProductId, Integer> stock = new HashMap<>();

    public InMemoryInventory with(ProductId product, int items) {
        stock.put(product, items);
        return this;
    }

    public int stockOf(ProductId product) {
        return stock.getOrDefault(product, 0);
    }

    @Override
    public boolean take(ProductId product, int quantity, Instant now) {
        int left = stockOf(product);
        if (left < quantity) {
            return false;
        }
        stock.put(product, left - quantity);
        return true;
    }

    @Override
    public void putBack(ProductId product, int quantity, Instant now) {
        stock.put(product, stockOf(product) + quantity);
    }
}
