package com.marketplace.platform.fakes;

import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.catalog.domain.ProductWordIndex;
import com.marketplace.platform.catalog.domain.SearchWords;
import java.util.HashMap;
import java.util.Map;

/** The search index as a map from a product to its weighted words, counting how often a product was indexed. */
public final class InMemoryProductWordIndex implements ProductWordIndex {

    private final Map<ProductId, Map<String, Integer>> words = new HashMap<>();
    private final Map<ProductId, Integer> timesIndexed = new HashMap<>();

    @Override
    public void index(Product product) {
        words.put(product.id(), SearchWords.weights(product.name(), product.description()));
        timesIndexed.merge(product.id(), 1, Integer::sum);
    }

    @Override
    public int indexPending(int limit) {
        return 0; // every product here is written through index()
    }

    public Map<String, Integer> wordsOf(ProductId product) {
        return words.getOrDefault(product, Map.of());
    }

    public int timesIndexed(ProductId product) {
        return timesIndexed.getOrDefault(product, 0);
    }
}
