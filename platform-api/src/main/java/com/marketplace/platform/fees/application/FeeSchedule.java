package com.marketplace.platform.fees.application;

import com.marketplace.platform.fees.domain.ApplicableRate;
import com.marketplace.platform.fees.domain.DefaultFee;
import com.marketplace.platform.fees.domain.FeeChange;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.fees.domain.FeeRepository;
import com.marketplace.platform.fees.domain.FeeSource;
import com.marketplace.platform.fees.domain.SellerFeeOverride;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.sellers.SellerDirectory;
import com.marketplace.platform.fees.domain.FeeRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The fee schedule: which rate a seller's sale is charged at, and the admin's changes to it. Every
 * change is locked, applied and audited in one transaction, so two admins changing the same rate at
 * once are both audited, the second with the first one's result as its "before".
 */
@ApplicationScoped
public class FeeSchedule {

    private FeeRepository fees;
    private SellerDirectory sellers;
    private Clock clock;

    protected FeeSchedule() {
        // for CDI proxies
    }

    @Inject
    public FeeSchedule(FeeRepository fees, SellerDirectory sellers) {
        this(fees, sellers, Clock.systemUTC());
    }

    FeeSchedule(FeeRepository fees, SellerDirectory sellers, Clock clock) {
        this.fees = fees;
        this.sellers = sellers;
        this.clock = clock;
    }

    public CurrentSchedule currentSchedule() {
        return new CurrentSchedule(fees.defaults(), fees.overrides());
    }

    public List<FeeChange> recentChanges(int limit) {
        return fees.recentChanges(limit);
    }

    /** The rate a sale of this seller in this currency is charged at; checkout snapshots it on the order. */
    public FeeRate rateFor(SellerId seller, CurrencyCode currency) {
        return applicableRate(seller, currency).rate();
    }

    /** The seller's override if any, else the currency's default, else the fallback. */
    public ApplicableRate applicableRate(SellerId seller, CurrencyCode currency) {
        return fees.findOverride(seller, currency).map(o -> new ApplicableRate(o.rate(), FeeSource.SELLER_OVERRIDE))
                .or(() -> fees.findDefault(currency).map(d -> new ApplicableRate(d.rate(), FeeSource.DEFAULT)))
                .orElseGet(() -> new ApplicableRate(FeeRate.fallback(currency), FeeSource.FALLBACK));
    }

    /** {@link #applicableRate} for the admin, who asks about sellers by id: an unknown one is not found. */
    public ApplicableRate applicableRateOfExistingSeller(SellerId seller, CurrencyCode currency) {
        if (!sellers.exists(seller)) {
            throw sellerNotFound(seller);
        }
        return applicableRate(seller, currency);
    }

    @Transactional
    public DefaultFee setDefault(FeeRate rate, String changedBy) {
        Instant now = Instant.now(clock);
        Optional<DefaultFee> current = fees.lockDefault(rate.currency());
        Optional<FeeRate> before = current.map(DefaultFee::rate);
        DefaultFee fee;
        if (current.isPresent()) {
            fee = current.get();
            fee.change(rate, changedBy, now);
        } else {
            fee = fees.add(DefaultFee.create(rate, changedBy, now));
        }
        fees.record(FeeChange.ofDefault(before, rate, changedBy, now));
        return fee;
    }

    @Transactional
    public SellerFeeOverride setOverride(SellerId seller, FeeRate rate, String changedBy) {
        Instant now = Instant.now(clock);
        requireLockedSeller(seller);
        Optional<SellerFeeOverride> current = fees.lockOverride(seller, rate.currency());
        Optional<FeeRate> before = current.map(SellerFeeOverride::rate);
        SellerFeeOverride override;
        if (current.isPresent()) {
            override = current.get();
            override.change(rate, changedBy, now);
        } else {
            override = fees.add(SellerFeeOverride.create(seller, rate, changedBy, now));
        }
        fees.record(FeeChange.ofOverride(seller, rate.currency(), before, Optional.of(rate), changedBy, now));
        return override;
    }

    /** Back to the default; removing an override that is not there changes nothing and records nothing. */
    @Transactional
    public boolean removeOverride(SellerId seller, CurrencyCode currency, String changedBy) {
        Instant now = Instant.now(clock);
        requireLockedSeller(seller);
        Optional<SellerFeeOverride> current = fees.lockOverride(seller, currency);
        if (current.isEmpty()) {
            return false;
        }
        fees.remove(current.get());
        fees.record(FeeChange.ofOverride(seller, currency, Optional.of(current.get().rate()), Optional.empty(), changedBy, now));
        return true;
    }

    // The seller row is the lock, not the override row: a SELECT ... FOR UPDATE of a missing row
    // takes only a gap lock, which two transactions can both hold and then deadlock on insert.
    private void requireLockedSeller(SellerId seller) {
        if (!sellers.lock(seller)) {
            throw sellerNotFound(seller);
        }
    }

    private static FeeRefusal sellerNotFound(SellerId seller) {
        return new FeeRefusal(FeeRefusal.Reason.SELLER_NOT_FOUND, "No seller with id " + seller);
    }

    /** The defaults and overrides as they are now. */
    public record CurrentSchedule(List<DefaultFee> defaults, List<SellerFeeOverride> overrides) {
    }
}
