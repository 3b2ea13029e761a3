package com.marketplace.platform.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One Stripe Price a plan has had. A price change makes a new Price and keeps this row: the
 * subscriptions started on an older Price keep being billed on it, and this is how to find it.
 */
@Entity
@Table(name = "plan_prices")
public class PlanPrice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "price_version", nullable = false)
    private int priceVersion;

    @Column(name = "stripe_price_id", nullable = false, length = 255)
    private String stripePriceId;

    @Column(nullable = false)
    private long amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "billing_interval", nullable = false, length = 5)
    private String interval;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PlanPrice() {
        // for JPA
    }

    PlanPrice(PlanId plan, int priceVersion, String stripePriceId, PlanPricing pricing, Instant now) {
        this.planId = plan.value();
        this.priceVersion = priceVersion;
        this.stripePriceId = stripePriceId;
        this.amount = pricing.amount().minorUnits();
        this.currency = pricing.amount().currency().value();
        this.interval = pricing.interval().value();
        this.createdAt = now;
    }

    public PlanId planId() {
        return new PlanId(planId);
    }

    public int priceVersion() {
        return priceVersion;
    }

    public String stripePriceId() {
        return stripePriceId;
    }

    public long amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public String interval() {
        return interval;
    }
}
