package com.marketplace.platform.buyers.domain;

import com.marketplace.platform.kernel.ids.BuyerId;
import java.util.Optional;

/** The buyers' accounts. */
public interface BuyerRepository {

    /** Stores a new buyer; an email another buyer has fails with {@link EmailTaken} (the unique key decides a race). */
    Buyer add(Buyer buyer);

    Optional<Buyer> find(BuyerId id);

    Optional<Buyer> findByEmail(String normalizedEmail);

    class EmailTaken extends RuntimeException {
        public EmailTaken() {
            super("a buyer with this email exists");
        }
    }
}
