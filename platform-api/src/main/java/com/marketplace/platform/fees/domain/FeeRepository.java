package com.marketplace.platform.fees.domain;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.ids.SellerId;
import java.util.List;
import java.util.Optional;

public interface FeeRepository {

    /** Every currency's default, by currency. */
    List<DefaultFee> defaults();

    /** Every seller's overrides, by seller then currency. */
    List<SellerFeeOverride> overrides();

    Optional<DefaultFee> findDefault(CurrencyCode currency);

    Optional<SellerFeeOverride> findOverride(SellerId seller, CurrencyCode currency);

    /** The default row locked until the caller's transaction ends: a concurrent change waits, then reads this one's result. */
    Optional<DefaultFee> lockDefault(CurrencyCode currency);

    /**
     * Locks the seller's row until the caller's transaction ends, so changes to one seller's
     * overrides run one after the other even when the override row does not exist yet; false if
     * there is no such seller.
     */
    boolean lockSeller(SellerId seller);

    /** The override row read under the seller lock (a locking read, so it is the latest committed). */
    Optional<SellerFeeOverride> lockOverride(SellerId seller, CurrencyCode currency);

    boolean sellerExists(SellerId seller);

    DefaultFee add(DefaultFee fee);

    SellerFeeOverride add(SellerFeeOverride override);

    void remove(SellerFeeOverride override);

    void record(FeeChange change);

    /** The newest changes first. */
    List<FeeChange> recentChanges(int limit);
}
