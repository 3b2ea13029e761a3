package com.marketplace.onboarding.domain;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import java.util.List;
import java.util.Optional;

public interface SellerRepository {

    Optional<Seller> find(SellerId id);

    /** The seller, its row locked until the transaction ends (read again under the lock). */
    Optional<Seller> lock(SellerId id);

    Optional<Seller> findByEmail(String normalizedEmail);

    /** The seller owning an account, locked until the transaction ends: account updates apply one at a time. */
    Optional<Seller> lockByAccount(StripeAccountId account);

    /** Stores a new seller; a taken email fails with {@link EmailTaken}. */
    Seller add(Seller seller);

    /**
     * Records the seller's connected account if none is recorded yet (a conditional update);
     * false if one already was.
     */
    boolean attachAccount(SellerId seller, StripeAccountId account);

    /** One page of every seller, oldest first. */
    Page<Seller> list(PageRequest page);

    /** The email belongs to another seller. */
    class EmailTaken extends RuntimeException {
        public EmailTaken(String email) {
            super("a seller with email " + email + " exists");
        }
    }
}
