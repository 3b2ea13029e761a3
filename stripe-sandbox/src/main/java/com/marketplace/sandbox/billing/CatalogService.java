package com.marketplace.sandbox.billing;

import com.marketplace.sandbox.events.EventRecorder;
import com.marketplace.sandbox.protocol.Params;
import com.marketplace.sandbox.protocol.Shapes;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.StripeRequest;
import com.marketplace.sandbox.store.SandboxClock;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Products and prices, on the platform or on a connected account; a price never changes its amount, only {@code active}. */
@ApplicationScoped
public class CatalogService {

    @Inject
    SandboxStore store;

    @Inject
    EventRecorder events;

    @Inject
    StripeRequest request;

    public StripeObject createProduct(Scope scope, Params params) {
        String name = params.requiredString("name");
        return store.write(tx -> {
            StripeObject product = BillingObjects.product(name);
            product.put("description", params.string("description").orElse(null));
            product.put("active", params.bool("active").orElse(true));
            product.put("metadata", params.metadata());
            tx.insert(scope, product);
            record(tx, "product.created", scope, product, null);
            return product;
        });
    }

    public StripeObject updateProduct(Scope scope, String id, Params params) {
        return store.write(tx -> {
            StripeObject product = tx.get(id, scope, "product");
            StripeObject before = product.copy();
            params.string("name").ifPresent(name -> product.put("name", name));
            params.string("description").ifPresent(description -> product.put("description", description));
            params.bool("active").ifPresent(active -> product.put("active", active));
            if (params.has("metadata")) {
                product.map("metadata").putAll(params.metadata());
            }
            product.put("updated", SandboxClock.nowSeconds());
            tx.update(product);
            record(tx, "product.updated", scope, product, Shapes.previousAttributes(before, product));
            return product;
        });
    }

    public StripeObject createPrice(Scope scope, Params params) {
        String currency = params.requiredString("currency").toLowerCase(Locale.ROOT);
        long unitAmount = params.requiredLong("unit_amount");
        if (unitAmount < 0) {
            throw StripeError.invalidRequest("This value must be greater than or equal to 0.", "unit_amount");
        }
        Params recurring = params.child("recurring");
        String interval = recurring.string("interval").orElse(null);
        if (interval != null && !List.of("day", "week", "month", "year").contains(interval)) {
            throw StripeError.invalidRequest("Invalid recurring[interval]: must be one of day, week, month, or year", "recurring[interval]");
        }
        long intervalCount = recurring.longValue("interval_count").orElse(1L);
        if (intervalCount < 1) {
            throw StripeError.invalidRequest("Invalid recurring[interval_count]", "recurring[interval_count]");
        }
        return store.write(tx -> {
            String productId;
            if (params.has("product")) {
                productId = params.requiredString("product");
                tx.get(productId, scope, "product");
            } else if (params.has("product_data")) {
                StripeObject product = BillingObjects.product(params.child("product_data").requiredString("name"));
                product.put("metadata", params.child("product_data").metadata());
                tx.insert(scope, product);
                record(tx, "product.created", scope, product, null);
                productId = product.id();
            } else {
                throw StripeError.missingParam("product");
            }
            StripeObject price = BillingObjects.price(productId, currency, unitAmount, interval, intervalCount);
            price.put("active", params.bool("active").orElse(true));
            price.put("nickname", params.string("nickname").orElse(null));
            price.put("lookup_key", params.string("lookup_key").orElse(null));
            price.put("metadata", params.metadata());
            tx.insert(scope, price, productId, null);
            record(tx, "price.created", scope, price, null);
            return price;
        });
    }

    /** Only what Stripe lets change on a price: {@code active}, {@code nickname}, {@code metadata}, {@code lookup_key}. */
    public StripeObject updatePrice(Scope scope, String id, Params params) {
        for (String fixed : List.of("unit_amount", "currency", "recurring", "product")) {
            if (params.has(fixed)) {
                throw StripeError.invalidRequest("Received unknown parameter: " + fixed, fixed);
            }
        }
        return store.write(tx -> {
            StripeObject price = tx.get(id, scope, "price");
            StripeObject before = price.copy();
            params.bool("active").ifPresent(active -> price.put("active", active));
            params.string("nickname").ifPresent(nickname -> price.put("nickname", nickname));
            params.string("lookup_key").ifPresent(key -> price.put("lookup_key", key));
            if (params.has("metadata")) {
                price.map("metadata").putAll(params.metadata());
            }
            tx.update(price);
            record(tx, "price.updated", scope, price, Shapes.previousAttributes(before, price));
            return price;
        });
    }

    /** A price usable in a session or a subscription: it exists here and is active. */
    StripeObject activePrice(SandboxTx tx, Scope scope, String id, String param) {
        StripeObject price = tx.find(id).filter(found -> found.scope().equals(scope) && "price".equals(found.object().objectType()))
                .map(SandboxTx.ScopedObject::object)
                .orElseThrow(() -> StripeError.invalidRequest("No such price: '" + id + "'", param));
        if (!price.bool("active")) {
            throw StripeError.invalidRequest("The price specified is inactive. This field only accepts active prices.", param);
        }
        return price;
    }

    public List<StripeObject> listProducts(Scope scope, Params params, int limit, String after) {
        Optional<Boolean> active = params.bool("active");
        return filtered(scope, "product", limit, after, product -> active.map(wanted -> wanted == product.bool("active")).orElse(true));
    }

    public List<StripeObject> listPrices(Scope scope, Params params, int limit, String after) {
        Optional<Boolean> active = params.bool("active");
        Optional<String> product = params.string("product");
        Optional<String> type = params.string("type");
        Optional<String> currency = params.string("currency");
        return filtered(scope, "price", limit, after, price -> active.map(wanted -> wanted == price.bool("active")).orElse(true)
                && product.map(id -> id.equals(price.string("product"))).orElse(true)
                && type.map(wanted -> wanted.equals(price.string("type"))).orElse(true)
                && currency.map(wanted -> wanted.equals(price.string("currency"))).orElse(true));
    }

    List<StripeObject> filtered(Scope scope, String type, int limit, String after, java.util.function.Predicate<StripeObject> keep) {
        return store.read(tx -> Filtered.page(tx.list(type, scope, Integer.MAX_VALUE, null), keep, limit, after));
    }

    private void record(SandboxTx tx, String type, Scope scope, StripeObject object, StripeObject previous) {
        events.record(tx, type, scope, object, previous, request.eventRequest(), request.apiVersion());
    }
}
