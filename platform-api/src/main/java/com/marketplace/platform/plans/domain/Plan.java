package com.marketplace.platform.plans.domain;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.sellers.ChargeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A seller's subscription offer: a name, a price per month or year, a free trial.
 *
 * <p>Lifecycle: created PENDING_STRIPE (its row is written before Stripe is asked, so the Stripe
 * objects have an id to be keyed on); ACTIVE once its Product and recurring Price exist; RETIRED
 * for good. A price change (amount, currency or interval) is a new Stripe Price under a new price
 * version; the old one stays in the history ({@link PlanPrice}). The idempotency keys of its Stripe
 * writes are derived from the plan and what is written, so a retried command never makes a second
 * Product or Price, while a different change gets a key of its own. Every move is saved by a
 * conditional update (the row's {@code version}).
 */
@Entity
@Table(name = "plans")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seller_id", nullable = false)
    private long sellerId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(nullable = false)
    private long amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "billing_interval", nullable = false, length = 5)
    private String interval;

    @Column(name = "trial_days", nullable = false)
    private int trialDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "charge_type", nullable = false, length = 20)
    private ChargeType chargeType;

    @Column(name = "seller_account_id", nullable = false, length = 255)
    private String sellerAccountId;

    @Column(name = "stripe_product_id", length = 255)
    private String stripeProductId;

    @Column(name = "stripe_price_id", length = 255)
    private String stripePriceId;

    /** Which Price of the plan is current: 1 for the first, one more for each price change. */
    @Column(name = "price_version", nullable = false)
    private int priceVersion;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Plan() {
        // for JPA
    }

    /** A new plan, PENDING_STRIPE until its Product and Price exist. */
    public static Plan create(PlanRouting routing, PlanDetails details, Instant now) {
        Plan plan = new Plan();
        plan.sellerId = routing.seller().value();
        plan.name = details.name().strip();
        plan.description = details.description().strip();
        plan.setPricing(details.pricing());
        plan.trialDays = details.trialDays();
        plan.status = PlanStatus.PENDING_STRIPE;
        plan.chargeType = routing.chargeType();
        plan.sellerAccountId = routing.sellerAccountId();
        plan.priceVersion = 1;
        plan.createdAt = now;
        plan.updatedAt = now;
        return plan;
    }

    /**
     * The Product and first Price exist: the plan is offered. Returns the Price's history row, or
     * empty when the plan was already activated (a retry that lost the race changes nothing).
     */
    public Optional<PlanPrice> activate(String productId, String priceId, Instant now) {
        if (status != PlanStatus.PENDING_STRIPE) {
            return Optional.empty();
        }
        stripeProductId = requireId(productId, "prod_");
        stripePriceId = requireId(priceId, "price_");
        status = PlanStatus.ACTIVE;
        updatedAt = now;
        return Optional.of(new PlanPrice(id(), priceVersion, priceId, pricing(), now));
    }

    /** Whether {@code changes} touch the Stripe Price: the pricing after them, if it differs from the current one. */
    public Optional<PlanPricing> newPricing(PlanChanges changes) {
        PlanPricing after = new PlanPricing(
                Money.of(changes.amount().orElse(amount), changes.currency().orElse(currency)),
                changes.interval().orElse(interval()));
        return after.equals(pricing()) ? Optional.empty() : Optional.of(after);
    }

    /** Whether {@code changes} rename or redescribe the plan (its Stripe Product). */
    public boolean changesProduct(PlanChanges changes) {
        return changes.name().map(String::strip).filter(value -> !value.equals(name)).isPresent()
                || changes.description().map(String::strip).filter(value -> !value.equals(description)).isPresent();
    }

    /** The name and description after {@code changes}. */
    public String nameAfter(PlanChanges changes) {
        return changes.name().map(String::strip).orElse(name);
    }

    public String descriptionAfter(PlanChanges changes) {
        return changes.description().map(String::strip).orElse(description);
    }

    /**
     * Applies an edit of an ACTIVE plan. A price change needs the new Price made beforehand
     * ({@code newPriceId}); it becomes the current one and its history row is returned.
     */
    public Optional<PlanPrice> change(PlanChanges changes, Optional<String> newPriceId, Instant now) {
        requireEditable();
        changes.trialDays().filter(days -> days < 0 || days > PlanDetails.MAX_TRIAL_DAYS).ifPresent(days -> {
            throw new IllegalArgumentException("Trial days are 0.." + PlanDetails.MAX_TRIAL_DAYS + ", got " + days);
        });
        Optional<PlanPricing> pricing = newPricing(changes);
        if (pricing.isPresent() != newPriceId.isPresent()) {
            throw new IllegalStateException("A price change of plan " + id + " takes exactly one new Price");
        }
        String newName = nameAfter(changes);
        if (newName.isBlank()) {
            throw new IllegalArgumentException("A plan has a name");
        }
        name = newName;
        description = descriptionAfter(changes);
        changes.trialDays().ifPresent(days -> trialDays = days);
        updatedAt = now;
        return pricing.map(after -> {
            setPricing(after);
            priceVersion++;
            stripePriceId = requireId(newPriceId.get(), "price_");
            return new PlanPrice(id(), priceVersion, stripePriceId, after, now);
        });
    }

    /** Hides the plan from buyers for good; its current Price is then deactivated at Stripe. */
    public void retire(Instant now) {
        if (status != PlanStatus.RETIRED) {
            status = PlanStatus.RETIRED;
            updatedAt = now;
        }
    }

    public void requireEditable() {
        if (status != PlanStatus.ACTIVE) {
            throw new PlanRefusal(PlanRefusal.Reason.CONFLICT, "Plan " + id + " is " + status + "; only an active plan can be edited");
        }
    }

    // Idempotency keys: the plan and what the request writes, so a retry repeats a key and a
    // different write gets another one (Stripe refuses one key with two different bodies).

    public String productKey() {
        return "plan-" + id + "-product";
    }

    public String priceKey(int forPriceVersion, PlanPricing pricing) {
        return "plan-" + id + "-price-" + forPriceVersion + "-" + pricing.amount().minorUnits() + pricing.amount().currency().value()
                + "-" + pricing.interval().value();
    }

    public String productUpdateKey(String newName, String newDescription) {
        return "plan-" + id + "-product-v" + version + "-" + digest(newName + "\n" + newDescription);
    }

    public String retireKey() {
        return "plan-" + id + "-retire-" + priceVersion;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void setPricing(PlanPricing pricing) {
        amount = pricing.amount().minorUnits();
        currency = pricing.amount().currency().value();
        interval = pricing.interval().value();
    }

    private static String requireId(String value, String prefix) {
        if (value == null || !value.startsWith(prefix)) {
            throw new IllegalArgumentException("Expected a Stripe id " + prefix + "..., got " + value);
        }
        return value;
    }

    public PlanId id() {
        return new PlanId(id);
    }

    public SellerId sellerId() {
        return new SellerId(sellerId);
    }

    public PlanRouting routing() {
        return new PlanRouting(sellerId(), chargeType, sellerAccountId);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public PlanPricing pricing() {
        return new PlanPricing(Money.of(amount, currency), interval());
    }

    public BillingInterval interval() {
        return BillingInterval.parse(interval).orElseThrow();
    }

    public int trialDays() {
        return trialDays;
    }

    public PlanStatus status() {
        return status;
    }

    public int priceVersion() {
        return priceVersion;
    }

    public Optional<String> stripeProductId() {
        return Optional.ofNullable(stripeProductId);
    }

    public Optional<String> stripePriceId() {
        return Optional.ofNullable(stripePriceId);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
