package com.marketplace.platform.sellers;

import com.marketplace.platform.kernel.ids.SellerId;
import java.util.Optional;
import java.util.Set;

/**
 * The port through which catalog, checkout and fees learn about sellers, whose records belong to
 * seller-onboarding (its implementation reads its own table). The locking reads take the seller's
 * row lock inside the caller's transaction: that lock is how a checkout or a fee change is ordered
 * against a change of the seller's standing.
 */
public interface SellerDirectory {

    Optional<SellerStanding> find(SellerId seller);

    /**
     * The standing read under a shared lock, inside the caller's transaction: a status change that
     * commits meanwhile waits, so "the seller may sell" stays true until the caller commits.
     */
    Optional<SellerStanding> findForShare(SellerId seller);

    /**
     * Locks the seller's row until the caller's transaction ends, so changes made in the seller's
     * name run one after the other; false if there is no such seller.
     */
    boolean lock(SellerId seller);

    boolean exists(SellerId seller);

    /** Where the seller's mail goes (the email they signed up with); empty for an unknown seller. */
    Optional<String> contactEmail(SellerId seller);

    /** The sellers who may sell now: the shop offers only their products. */
    Set<SellerId> sellersWhoMaySell();
}
