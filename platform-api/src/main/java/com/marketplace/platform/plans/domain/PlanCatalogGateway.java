package com.marketplace.platform.plans.domain;

/**
 * The port to Stripe's Products and Prices. Every write carries the idempotency key it is given:
 * the same key sent again returns the object the first request made, never a second one.
 */
public interface PlanCatalogGateway {

    /** Creates the plan's Product; returns its id (prod_...). */
    String createProduct(PlanRouting routing, PlanId plan, String name, String description, String idempotencyKey);

    /** Renames / redescribes the Product. */
    void updateProduct(PlanRouting routing, String productId, String name, String description, String idempotencyKey);

    /** Creates a recurring Price of the Product; returns its id (price_...). */
    String createPrice(PlanRouting routing, String productId, PlanPricing pricing, String idempotencyKey);

    /** Sets {@code active=false} on a Price: no new subscription starts on it; existing ones keep it. */
    void deactivatePrice(PlanRouting routing, String priceId, String idempotencyKey);
}
