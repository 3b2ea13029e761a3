package com.marketplace.platform.fakes;

import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.catalog.domain.ProductRepository;
import com.marketplace.platform.catalog.domain.ProductSearch;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.ListOrder;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Products as a map, numbered from 1 as they are added. */
public final class InMemoryProducts implements ProductRepository {

    private final Map<Long, Product> products = new TreeMap<>();
    private long nextId = 1;

    @Override
    public Optional<Product> find(ProductId id) {
        return Optional.ofNullable(products.get(id.value()));
    }

    @Override
    public Optional<Product> findForUpdate(ProductId id) {
        return find(id);
    }

    @Override
    public Page<Product> listOffered(Set<SellerId> sellers, PageRequest page, ListOrder order) {
        return page.page(offered(sellers, page, order).stream().skip(page.offset()).limit(page.fetchSize()).toList());
    }

    @Override
    public Page<Product> searchOffered(Set<SellerId> sellers, ProductSearch search, PageRequest page) {
        return page.page(offered(sellers, page, ListOrder.NEWEST_FIRST).stream()
                .filter(product -> search.seller().map(product.sellerId()::equals).orElse(true))
                .filter(product -> search.currency().map(product.price().currency()::equals).orElse(true))
                .filter(product -> search.words().stream().allMatch(word -> product.name().toLowerCase(Locale.ROOT).contains(word)
                        || product.description().toLowerCase(Locale.ROOT).contains(word)))
                .skip(page.offset()).limit(page.fetchSize()).toList());
    }

    private List<Product> offered(Set<SellerId> sellers, PageRequest page, ListOrder order) {
        List<Product> read = new ArrayList<>(products.values().stream()
                .filter(product -> product.isActive() && sellers.contains(product.sellerId()))
                .filter(product -> page.cursor().map(cursor -> page.readsAscending(order)
                        ? product.id().value() > cursor : product.id().value() < cursor).orElse(true))
                .sorted(Comparator.comparing((Product product) -> product.id().value())).toList());
        if (!page.readsAscending(order)) {
            Collections.reverse(read);
        }
        return read;
    }

    @Override
    public List<Product> listOfSeller(SellerId seller) {
        return products.values().stream().filter(product -> product.sellerId().equals(seller)).toList();
    }

    @Override
    public Product add(Product product) {
        Columns.set(product, "id", nextId++);
        products.put(product.id().value(), product);
        return product;
    }

    @Override
    public int withdrawAllOf(SellerId seller, Instant now) {
        List<Product> active = listOfSeller(seller).stream().filter(Product::isActive).toList();
        active.forEach(product -> Columns.set(product, "active", false));
        return active.size();
    }
}
