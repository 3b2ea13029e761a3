package com.marketplace.onboarding.domain;

import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.sellers.OnboardingStatus;
import com.marketplace.platform.kernel.ids.SellerId;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A seller and the projection of their Stripe connected account.
 *
 * <p>Lifecycle: registered {@code PENDING} with no account; the account is created with the
 * idempotency key fixed at registration ({@link #accountRequestKey()}) and attached once. From
 * then on Stripe decides: every {@code account.updated} re-fetches the account and
 * {@link #applyAccount} projects it, deriving the status with {@link OnboardingStatusRule}
 * ({@code PENDING} -> {@code RESTRICTED} / {@code ACTIVE}, back and forth as Stripe asks for more,
 * or {@code REJECTED}). A projection never goes back in time: an event older than the last one
 * applied changes nothing.
 *
 * <p>An admin may switch the account type ({@link #switchAccountType}) only while no money can
 * have gone through the current account: the seller then starts again at {@code PENDING} with no
 * account and a fresh request key, and their next onboarding link creates an account of the new type.
 */
@Entity
@Table(name = "sellers")
public class Seller {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "default_currency", nullable = false, length = 3)
    private String defaultCurrency;

    @Enumerated(EnumType.STRING)
    @Column(name = "charge_type", nullable = false)
    private ChargeType chargeType;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", nullable = false)
    private AccountType accountType;

    @Column(name = "stripe_account_id")
    private String stripeAccountId;

    @Column(name = "account_request_key", nullable = false)
    private String accountRequestKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "onboarding_status", nullable = false)
    private OnboardingStatus status;

    @Column(name = "details_submitted", nullable = false)
    private boolean detailsSubmitted;

    @Column(name = "charges_enabled", nullable = false)
    private boolean chargesEnabled;

    @Column(name = "payouts_enabled", nullable = false)
    private boolean payoutsEnabled;

    @Column(name = "card_payments_capability")
    private String cardPaymentsCapability;

    @Column(name = "transfers_capability")
    private String transfersCapability;

    @Convert(converter = RequirementList.class)
    @Column(name = "currently_due")
    private List<String> currentlyDue = List.of();

    @Convert(converter = RequirementList.class)
    @Column(name = "past_due")
    private List<String> pastDue = List.of();

    @Convert(converter = RequirementList.class)
    @Column(name = "eventually_due")
    private List<String> eventuallyDue = List.of();

    @Convert(converter = RequirementList.class)
    @Column(name = "future_currently_due")
    private List<String> futureCurrentlyDue = List.of();

    @Convert(converter = RequirementList.class)
    @Column(name = "future_eventually_due")
    private List<String> futureEventuallyDue = List.of();

    @Column(name = "disabled_reason")
    private String disabledReason;

    @Column(name = "current_deadline")
    private Instant currentDeadline;

    @Column(name = "disconnected_at")
    private Instant disconnectedAt;

    @Column(name = "account_synced_at")
    private Instant accountSyncedAt;

    @Column(name = "last_account_event_created", nullable = false)
    private long lastAccountEventCreated;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Seller() {
        // for JPA
    }

    public static Seller register(SellerProfile profile, String passwordHash, AccountType accountType, Instant now) {
        Seller seller = new Seller();
        seller.email = profile.email();
        seller.passwordHash = passwordHash;
        seller.displayName = profile.displayName();
        seller.country = profile.country();
        seller.defaultCurrency = profile.defaultCurrency();
        seller.chargeType = profile.chargeType();
        seller.accountType = accountType;
        seller.accountRequestKey = UUID.randomUUID().toString();
        seller.status = OnboardingStatus.PENDING;
        seller.createdAt = now;
        seller.updatedAt = now;
        return seller;
    }

    /**
     * Projects a freshly fetched account. {@code eventCreated} is the {@code created} of the
     * event that prompted the fetch (0 when the seller came back from onboarding): an event older
     * than the newest applied is ignored (see {@link #isOlderThanApplied}).
     *
     * @return whether the account was applied
     */
    public boolean applyAccount(AccountSnapshot account, long eventCreated, Instant now) {
        if (stripeAccountId == null || !stripeAccountId.equals(account.accountId().value())) {
            throw new IllegalArgumentException("account " + account.accountId() + " is not seller " + id + "'s");
        }
        if (isOlderThanApplied(eventCreated) || status == OnboardingStatus.DISCONNECTED) {
            // A disconnected seller's account is no longer the platform's to read: nothing newer can come.
            return false;
        }
        detailsSubmitted = account.detailsSubmitted();
        chargesEnabled = account.chargesEnabled();
        payoutsEnabled = account.payoutsEnabled();
        cardPaymentsCapability = account.cardPaymentsCapability().orElse(null);
        transfersCapability = account.transfersCapability().orElse(null);
        currentlyDue = account.requirements().currentlyDue();
        pastDue = account.requirements().pastDue();
        eventuallyDue = account.requirements().eventuallyDue();
        disabledReason = account.requirements().disabledReason().orElse(null);
        currentDeadline = account.requirements().currentDeadline().orElse(null);
        futureCurrentlyDue = account.futureRequirements().currentlyDue();
        futureEventuallyDue = account.futureRequirements().eventuallyDue();
        status = OnboardingStatusRule.derive(account, chargeType);
        lastAccountEventCreated = Math.max(lastAccountEventCreated, eventCreated);
        accountSyncedAt = now;
        updatedAt = now;
        return true;
    }

    /**
     * Whether an event is older than the newest one already applied ({@code created} in epoch
     * seconds; 0 means "not prompted by an event", e.g. the seller returning from onboarding,
     * whose fresh fetch always applies). Events of the same second all apply: each re-fetches.
     */
    public boolean isOlderThanApplied(long eventCreated) {
        return eventCreated > 0 && eventCreated < lastAccountEventCreated;
    }

    /**
     * The seller deauthorized the platform ({@code account.application.deauthorized}, verified by
     * Stripe refusing to read the account): permanent; their orders and history stay.
     *
     * @return whether this changed anything (false when already disconnected)
     */
    public boolean disconnect(Instant now) {
        if (status == OnboardingStatus.DISCONNECTED) {
            return false;
        }
        status = OnboardingStatus.DISCONNECTED;
        chargesEnabled = false;
        payoutsEnabled = false;
        disconnectedAt = now;
        updatedAt = now;
        return true;
    }

    /**
     * Why an onboarded seller's listings are paused, in words for buyers; empty when they are not.
     * Paused: Stripe has something past due, or has disabled charges, on an account that had
     * finished onboarding (a seller still onboarding was never on sale; a rejected or disconnected
     * one is not paused but gone).
     */
    public Optional<String> pauseReason() {
        return SellerPause.reason(status, detailsSubmitted, chargesEnabled, pastDue);
    }

    /** An admin's decision; it changes which capability the seller needs, so the next projection may change the status. */
    public void changeChargeType(ChargeType newChargeType, Instant now) {
        chargeType = newChargeType;
        updatedAt = now;
    }

    /**
     * An admin's switch to another account type. Stripe never changes an account's type, so the
     * seller forgets their account and is given a new request key: the next provisioning creates a
     * new account of the new type (a new idempotency key, not the old account answered again), and
     * events for the old account no longer find this seller. Refused ({@link AccountInUse}) once
     * money may have gone through the current account: the seller is {@code ACTIVE} now, Stripe
     * rejected or the seller disconnected it, or the marketplace recorded any sale, plan,
     * subscription or payout of theirs ({@code moneyRecorded}). A seller who was active once and
     * fell back to {@code RESTRICTED} with nothing recorded took no money through the platform.
     *
     * @return whether anything changed (false when the seller already has that type)
     */
    public boolean switchAccountType(AccountType newType, boolean moneyRecorded, Instant now) {
        if (newType == accountType) {
            return false;
        }
        if (stripeAccountId != null && status == OnboardingStatus.ACTIVE) {
            throw AccountInUse.active(id());
        }
        if (stripeAccountId != null && (status == OnboardingStatus.REJECTED || status == OnboardingStatus.DISCONNECTED)) {
            throw AccountInUse.closed(id(), status);
        }
        if (moneyRecorded) {
            throw AccountInUse.moneyRecorded(id());
        }
        accountType = newType;
        stripeAccountId = null;
        accountRequestKey = UUID.randomUUID().toString();
        status = OnboardingStatus.PENDING;
        detailsSubmitted = false;
        chargesEnabled = false;
        payoutsEnabled = false;
        cardPaymentsCapability = null;
        transfersCapability = null;
        currentlyDue = List.of();
        pastDue = List.of();
        eventuallyDue = List.of();
        futureCurrentlyDue = List.of();
        futureEventuallyDue = List.of();
        disabledReason = null;
        currentDeadline = null;
        accountSyncedAt = null;
        updatedAt = now;
        return true;
    }

    public SellerId id() {
        return new SellerId(id);
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public String country() {
        return country;
    }

    public String defaultCurrency() {
        return defaultCurrency;
    }

    public ChargeType chargeType() {
        return chargeType;
    }

    public AccountType accountType() {
        return accountType;
    }

    public Optional<StripeAccountId> stripeAccountId() {
        return Optional.ofNullable(stripeAccountId).map(StripeAccountId::new);
    }

    public String accountRequestKey() {
        return accountRequestKey;
    }

    public OnboardingStatus status() {
        return status;
    }

    public boolean detailsSubmitted() {
        return detailsSubmitted;
    }

    public boolean chargesEnabled() {
        return chargesEnabled;
    }

    public boolean payoutsEnabled() {
        return payoutsEnabled;
    }

    public Optional<String> cardPaymentsCapability() {
        return Optional.ofNullable(cardPaymentsCapability);
    }

    public Optional<String> transfersCapability() {
        return Optional.ofNullable(transfersCapability);
    }

    public List<String> currentlyDue() {
        return currentlyDue;
    }

    public List<String> pastDue() {
        return pastDue;
    }

    public List<String> eventuallyDue() {
        return eventuallyDue;
    }

    public List<String> futureCurrentlyDue() {
        return futureCurrentlyDue;
    }

    public List<String> futureEventuallyDue() {
        return futureEventuallyDue;
    }

    public Optional<String> disabledReason() {
        return Optional.ofNullable(disabledReason);
    }

    public Optional<Instant> currentDeadline() {
        return Optional.ofNullable(currentDeadline);
    }

    public Optional<Instant> disconnectedAt() {
        return Optional.ofNullable(disconnectedAt);
    }

    public Optional<Instant> accountSyncedAt() {
        return Optional.ofNullable(accountSyncedAt);
    }

    public long lastAccountEventCreated() {
        return lastAccountEventCreated;
    }
}
