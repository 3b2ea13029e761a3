package com.marketplace.platform.catalog.domain;

import java.util.Optional;

/** A partial update of a product: each present field replaces the stored one. */
public record ProductChanges(Optional<String> name, Optional<String> description, Optional<Long> priceAmount,
                             Optional<String> currency, Optional<Integer> stock, Optional<Boolean> active) {

    public boolean activates() {
        return active.orElse(false);
    }
}
