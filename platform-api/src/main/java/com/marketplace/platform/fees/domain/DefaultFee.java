package com.marketplace.platform.fees.domain;

import com.marketplace.platform.kernel.money.CurrencyCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The rate every seller pays in one currency unless they have an override. Seeded by the
 * migration; an admin only ever changes it (there is no removing a default, only the fallback
 * behind a currency that never had one).
 */
@Entity
@Table(name = "fee_schedules")
public class DefaultFee {

    @Id
    @Column(length = 3)
    private String currency;

    @Column(name = "basis_points", nullable = false)
    private int basisPoints;

    @Column(name = "fixed_amount", nullable = false)
    private long fixedAmount;

    @Version
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 254)
    private String updatedBy;

    protected DefaultFee() {
        // for JPA
    }

    public static DefaultFee create(FeeRate rate, String changedBy, Instant now) {
        DefaultFee fee = new DefaultFee();
        fee.currency = rate.currency().value();
        fee.change(rate, changedBy, now);
        return fee;
    }

    public void change(FeeRate rate, String changedBy, Instant now) {
        if (!rate.currency().value().equals(currency)) {
            throw new IllegalArgumentException("The " + currency + " default cannot take a " + rate.currency() + " rate");
        }
        basisPoints = rate.basisPoints();
        fixedAmount = rate.fixed().minorUnits();
        updatedBy = changedBy;
        updatedAt = now;
    }

    public CurrencyCode currency() {
        return new CurrencyCode(currency);
    }

    public FeeRate rate() {
        return FeeRate.of(basisPoints, fixedAmount, currency());
    }
}
