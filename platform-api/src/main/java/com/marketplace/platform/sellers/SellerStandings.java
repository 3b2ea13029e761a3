package com.marketplace.platform.sellers;

import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Reads sellers' standing for the catalog and checkout. */
@ApplicationScoped
public class SellerStandings {

    @PersistenceContext(unitName = "marketplace")
    EntityManager entityManager;

    public Optional<SellerStanding> find(SellerId id) {
        return Optional.ofNullable(entityManager.find(SellerStanding.class, id.value()));
    }

    /**
     * The standing read under a shared lock, inside the caller's transaction: a status change that
     * commits meanwhile waits, so "the seller may sell" stays true until the caller commits.
     */
    public Optional<SellerStanding> findForShare(SellerId id) {
        return Optional.ofNullable(entityManager.find(SellerStanding.class, id.value(), LockModeType.PESSIMISTIC_READ));
    }
}
