package com.marketplace.platform.fees.domain;

import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One seller's rate in one currency, charged instead of the default until an admin removes it. */
@Entity
@Table(name = "seller_fee_overrides")
@IdClass(SellerFeeOverride.Key.class)
public class SellerFeeOverride {

    @Id
    @Column(name = "seller_id")
    private long sellerId;

    @Id
    @Column(length = 3)
    private String currency;

    @Column(name = "basis_points", nullable = false)
    private int basisPoints;

    @Column(name = "fixed_amount", nullable = false)
    private long fixedAmount;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    protected SellerFeeOverride() {
        // for JPA
    }

    public static SellerFeeOverride create(SellerId seller, FeeRate rate, String changedBy, Instant now) {
        SellerFeeOverride override = new SellerFeeOverride();
        override.sellerId = seller.value();
        override.currency = rate.currency().value();
        override.change(rate, changedBy, now);
        return override;
    }

    public void change(FeeRate rate, String changedBy, Instant now) {
        if (!rate.currency().value().equals(currency)) {
            throw new IllegalArgumentException("A " + currency + " override cannot take a " + rate.currency() + " rate");
        }
        basisPoints = rate.basisPoints();
        fixedAmount = rate.fixed().minorUnits();
        updatedBy = changedBy;
        updatedAt = now;
    }

    public SellerId sellerId() {
        return new SellerId(sellerId);
    }

    public CurrencyCode currency() {
        return new CurrencyCode(currency);
    }

    public FeeRate rate() {
        return FeeRate.of(basisPoints, fixedAmount, currency());
    }

    /** The composite primary key (seller_id, currency), as JPA wants it for {@link IdClass}. */
    public static class Key implements Serializable {

        private long sellerId;
        private String currency;

        public Key() {
        }

        public Key(SellerId seller, CurrencyCode currency) {
            this.sellerId = seller.value();
            this.currency = currency.value();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.sellerId == sellerId && Objects.equals(key.currency, currency);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sellerId, currency);
        }
    }
}
