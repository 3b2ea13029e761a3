package com.marketplace.platform.fakes;

import com.marketplace.platform.fees.domain.DefaultFee;
import com.marketplace.platform.fees.domain.FeeChange;
import com.marketplace.platform.fees.domain.FeeRepository;
import com.marketplace.platform.fees.domain.SellerFeeOverride;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.CurrencyCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fee repository as a few maps; the locks are the database's business and are covered by AdminFeesIT. */
public final class InMemoryFees implements FeeRepository {

    final Map<CurrencyCode, DefaultFee> defaults = new HashMap<>();
    final Map<List<Object>, SellerFeeOverride> overrides = new HashMap<>();
    public final List<FeeChange> changes = new ArrayList<>();

    @Override
    public List<DefaultFee> defaults() {
        return List.copyOf(defaults.values());
    }

    @Override
    public List<SellerFeeOverride> overrides() {
        return List.copyOf(overrides.values());
    }

    @Override
    public Optional<DefaultFee> findDefault(CurrencyCode currency) {
        return Optional.ofNullable(defaults.get(currency));
    }

    @Override
    public Optional<SellerFeeOverride> findOverride(SellerId seller, CurrencyCode currency) {
        return Optional.ofNullable(overrides.get(List.of(seller, currency)));
    }

    @Override
    public Optional<DefaultFee> lockDefault(CurrencyCode currency) {
        return findDefault(currency);
    }

    @Override
    public Optional<SellerFeeOverride> lockOverride(SellerId seller, CurrencyCode currency) {
        return findOverride(seller, currency);
    }

    @Override
    public DefaultFee add(DefaultFee fee) {
        defaults.put(fee.currency(), fee);
        return fee;
    }

    @Override
    public SellerFeeOverride add(SellerFeeOverride override) {
        overrides.put(List.of(override.sellerId(), override.currency()), override);
        return override;
    }

    @Override
    public void remove(SellerFeeOverride override) {
        overrides.remove(List.of(override.sellerId(), override.currency()));
    }

    @Override
    public void record(FeeChange change) {
        changes.add(change);
    }

    @Override
    public List<FeeChange> recentChanges(int limit) {
        List<FeeChange> newestFirst = new ArrayList<>(changes);
        Collections.reverse(newestFirst);
        return newestFirst.subList(0, Math.min(limit, newestFirst.size()));
    }
}
