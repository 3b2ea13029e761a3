package com.marketplace.platform.fees.domain;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One audited change of the fee schedule: who, when, which rate, and the rate before and after.
 * Written in the transaction of the change itself, never changed afterwards. No before is a first
 * override; no after is an override removed.
 */
@Entity
@Table(name = "fee_audit")
public class FeeChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 254)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private FeeScope scope;

    @Column(name = "seller_id", updatable = false)
    private Long sellerId;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "before_bps", updatable = false)
    private Integer beforeBasisPoints;

    @Column(name = "before_fixed", updatable = false)
    private Long beforeFixedAmount;

    @Column(name = "after_bps", updatable = false)
    private Integer afterBasisPoints;

    @Column(name = "after_fixed", updatable = false)
    private Long afterFixedAmount;

    protected FeeChange() {
        // for JPA
    }

    public static FeeChange ofDefault(Optional<FeeRate> before, FeeRate after, String changedBy, Instant now) {
        return create(FeeScope.DEFAULT, null, after.currency(), before, Optional.of(after), changedBy, now);
    }

    public static FeeChange ofOverride(SellerId seller, CurrencyCode currency, Optional<FeeRate> before,
                                       Optional<FeeRate> after, String changedBy, Instant now) {
        return create(FeeScope.SELLER, seller, currency, before, after, changedBy, now);
    }

    private static FeeChange create(FeeScope scope, SellerId seller, CurrencyCode currency, Optional<FeeRate> before,
                                    Optional<FeeRate> after, String changedBy, Instant now) {
        FeeChange change = new FeeChange();
        change.changedAt = now;
        change.changedBy = changedBy;
        change.scope = scope;
        change.sellerId = seller == null ? null : seller.value();
        change.currency = currency.value();
        change.beforeBasisPoints = before.map(FeeRate::basisPoints).orElse(null);
        change.beforeFixedAmount = before.map(rate -> rate.fixed().minorUnits()).orElse(null);
        change.afterBasisPoints = after.map(FeeRate::basisPoints).orElse(null);
        change.afterFixedAmount = after.map(rate -> rate.fixed().minorUnits()).orElse(null);
        return change;
    }

    public long id() {
        return id;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public FeeScope scope() {
        return scope;
    }

    public Optional<SellerId> seller() {
        return Optional.ofNullable(sellerId).map(SellerId::new);
    }

    public CurrencyCode currency() {
        return new CurrencyCode(currency);
    }

    public Optional<FeeRate> before() {
        return rate(beforeBasisPoints, beforeFixedAmount);
    }

    public Optional<FeeRate> after() {
        return rate(afterBasisPoints, afterFixedAmount);
    }

    private Optional<FeeRate> rate(Integer basisPoints, Long fixedAmount) {
        return basisPoints == null ? Optional.empty() : Optional.of(FeeRate.of(basisPoints, fixedAmount, currency()));
    }
}
