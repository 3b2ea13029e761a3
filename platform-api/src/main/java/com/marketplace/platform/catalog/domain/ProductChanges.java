package com.marketplace.platform.catalog.domain;

import java.util.Optional;

/**
 * A partial update of a product: each present field replaces the stored one. {@code expectedStock}
 * is the stock the seller last saw; when present, the change applies only if the stock is still
 * that, so a count typed over a stale form never writes back units a sale already took.
 */
public record ProductChanges(Optional<String> name, Optional<String> description, Optional<Long> priceAmount,
                             Optional<String> currency, Optional<Integer> stock, Optional<Boolean> active,
                             Optional<Integer> expectedStock) {

    /** A change made without knowing the stock (none is expected). */
    public ProductChanges(Optional<String> name, Optional<String> description, Optional<Long> priceAmount,
                          Optional<String> currency, Optional<Integer> stock, Optional<Boolean> active) {
        this(name, description, priceAmount, currency, stock, active, Optional.empty());
    }

    public boolean activates() {
        return active.orElse(false);
    }
}
