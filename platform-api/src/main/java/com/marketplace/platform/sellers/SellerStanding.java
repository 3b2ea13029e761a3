package com.marketplace.platform.sellers;

import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * What the rest of the platform may know of a seller: whether they can sell, how they are charged
 * and where their money goes. A read-only view of the {@code sellers} row; seller-onboarding owns
 * the row and is the only writer (platform-api cannot see that module, so it reads the table).
 */
@Entity
@Table(name = "sellers")
public class SellerStanding {

    @Id
    @Column(insertable = false, updatable = false)
    private Long id;

    @Column(name = "display_name", insertable = false, updatable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "onboarding_status", insertable = false, updatable = false)
    private OnboardingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "charge_type", insertable = false, updatable = false)
    private ChargeType chargeType;

    @Column(name = "stripe_account_id", insertable = false, updatable = false)
    private String stripeAccountId;

    protected SellerStanding() {
        // for JPA
    }

    public SellerId id() {
        return new SellerId(id);
    }

    public String displayName() {
        return displayName;
    }

    public OnboardingStatus status() {
        return status;
    }

    public ChargeType chargeType() {
        return chargeType;
    }

    public Optional<String> stripeAccountId() {
        return Optional.ofNullable(stripeAccountId);
    }

    public boolean maySell() {
        return status.maySell() && stripeAccountId != null;
    }
}
