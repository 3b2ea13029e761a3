package com.marketplace.platform.orders.domain;

import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
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
 * What a buyer pays in one Checkout Session: one currency, one payment, one order per seller.
 *
 * <p>A purchase of one seller keeps its session on its order, as every order did before purchases
 * existed, and its order settles as it always has. A purchase across sellers
 * ({@link PurchaseRouting#SEPARATE_TRANSFERS}) owns its session: it is charged on the platform with
 * {@code transfer_group = purchase_<id>}, and its confirmation settles every order of it at once.
 * Only the session whose id it stored settles it ({@link #isPaidThrough}); its session id, payment
 * intent and charge are written by conditional updates ({@link PurchaseRepository}), never by a flush.
 */
@Entity
@Table(name = "purchases")
public class Purchase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_key", nullable = false, updatable = false, length = 36)
    private String requestKey;

    @Column(name = "buyer_id", updatable = false)
    private Long buyerId;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PurchaseRouting routing;

    @Column(name = "transfer_group", updatable = false)
    private String transferGroup;

    @Column(name = "checkout_session_id", updatable = false)
    private String checkoutSessionId;

    @Column(name = "checkout_url", length = 2000, updatable = false)
    private String checkoutUrl;

    @Column(name = "session_expires_at", updatable = false)
    private Instant sessionExpiresAt;

    @Column(name = "payment_intent_id", updatable = false)
    private String paymentIntentId;

    @Column(name = "charge_id", updatable = false)
    private String chargeId;

    @Column(name = "amount_total", nullable = false, updatable = false)
    private long amountTotal;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false, updatable = false)
    private Instant updatedAt;

    @Column(name = "reconciled_at", updatable = false)
    private Instant reconciledAt;

    protected Purchase() {
        // for JPA
    }

    /** A new purchase; {@code expectedTotal}: the sum of what its orders expect the buyer to pay. */
    public static Purchase open(String requestKey, Optional<BuyerId> buyer, Money expectedTotal, PurchaseRouting routing, Instant now) {
        Purchase purchase = new Purchase();
        purchase.requestKey = requestKey;
        purchase.buyerId = buyer.map(BuyerId::value).orElse(null);
        purchase.currency = expectedTotal.currency().value();
        purchase.amountTotal = expectedTotal.minorUnits();
        purchase.routing = routing;
        purchase.createdAt = now;
        purchase.updatedAt = now;
        return purchase;
    }

    public PurchaseId id() {
        return new PurchaseId(id);
    }

    public String requestKey() {
        return requestKey;
    }

    public Optional<BuyerId> buyerId() {
        return Optional.ofNullable(buyerId).map(BuyerId::new);
    }

    public CurrencyCode currency() {
        return CurrencyCode.of(currency);
    }

    public PurchaseRouting routing() {
        return routing;
    }

    public boolean isSeparateTransfers() {
        return routing == PurchaseRouting.SEPARATE_TRANSFERS;
    }

    /** {@code purchase_<id>} for a purchase across sellers; none for one seller's. */
    public Optional<String> transferGroup() {
        return isSeparateTransfers() ? Optional.of(id().transferGroup()) : Optional.empty();
    }

    /** The session of a purchase across sellers (one seller's purchase keeps it on its order). */
    public Optional<String> checkoutSessionId() {
        return Optional.ofNullable(checkoutSessionId);
    }

    public Optional<String> checkoutUrl() {
        return Optional.ofNullable(checkoutUrl);
    }

    public Optional<Instant> sessionExpiresAt() {
        return Optional.ofNullable(sessionExpiresAt);
    }

    public Optional<String> paymentIntentId() {
        return Optional.ofNullable(paymentIntentId);
    }

    /** The charge the sellers' transfers are made from ({@code source_transaction}), once the payment is confirmed. */
    public Optional<String> chargeId() {
        return Optional.ofNullable(chargeId);
    }

    /** What the buyer pays: the orders' expected totals until confirmed, then what Stripe charged. */
    public Money total() {
        return Money.of(amountTotal, currency);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Whether {@code session} is this purchase's own: the one whose id it stored when Stripe created it. */
    public boolean isPaidThrough(CheckoutSessionState session) {
        return checkoutSessionId != null && checkoutSessionId.equals(session.sessionId());
    }
}
