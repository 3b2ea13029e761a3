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

    /** The override row read under the seller lock (a locking read, so it is the latest committed). */
    Optional<SellerFeeOverride> lockOverride(SellerId seller, CurrencyCode currency);

    DefaultFee add(DefaultFee fee);

    SellerFeeOverride add(SellerFeeOverride override);

    void remove(SellerFeeOverride override);

    void record(FeeChange change);

    /** The newest changes first. */
    List<FeeChange> recentChanges(int limit);
}
