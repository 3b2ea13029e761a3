package com.marketplace.platform.fakes;

import com.marketplace.platform.cart.domain.CartLine;
import com.marketplace.platform.cart.domain.CartLines;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.ids.BuyerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stored carts as lists, in the order lines were first added (as the table's ids order them). */
public final class InMemoryCartLines implements CartLines {

    private final Map<BuyerId, List<CartLine>> carts = new HashMap<>();

    @Override
    public List<CartLine> of(BuyerId buyer) {
        return List.copyOf(carts.getOrDefault(buyer, List.of()));
    }

    @Override
    public void put(BuyerId buyer, CartLine line, Instant now) {
        List<CartLine> lines = carts.computeIfAbsent(buyer, any -> new ArrayList<>());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).product().equals(line.product())) {
                lines.set(i, line);
                return;
            }
        }
        lines.add(line);
    }

    @Override
    public void remove(BuyerId buyer, ProductId product) {
        carts.getOrDefault(buyer, new ArrayList<>()).removeIf(line -> line.product().equals(product));
    }

    @Override
    public void clear(BuyerId buyer) {
        carts.remove(buyer);
    }
}
