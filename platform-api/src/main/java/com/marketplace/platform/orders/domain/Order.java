package com.marketplace.platform.orders.domain;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.kernel.ids.BuyerId;
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
import java.util.EnumSet;
import java.util.Optional;

/**
 * A buyer's purchase of one product, and the record of its payment.
 *
 * <p>Lifecycle ({@link OrderStatus}): created PENDING with its price, discount, fee and payment
 * routing frozen, before the Checkout Session exists; the session's id is attached once Stripe
 * answers. The payment confirmation moves it to PAID (taking stock), AWAITING_PAYMENT,
 * PAYMENT_FAILED, EXPIRED or PAID_OUT_OF_STOCK; refunds and disputes move a paid order on. Once it
 * has left PENDING and AWAITING_PAYMENT it is settled: nothing Stripe says of its session changes it.
 *
 * <p>Only its own session settles it: the one whose id it stores ({@link #isPaidThrough}). Metadata
 * proves nothing, since whoever can read a session (a Direct charge's seller, on their own account)
 * can copy it onto a session of their own. The one exception is the crash between Stripe creating
 * the session and the order storing its id: then a session may be adopted ({@link #mayAdopt}) if it
 * names this order and asks exactly what this order expects to be paid.
 *
 * <p>Only {@link #place} builds one in memory. After that the order decides each of its moves
 * ({@link #confirmPayment}, {@link #awaitPayment}, {@link #failPayment}, {@link #expire},
 * {@link #soldOutAfterPayment}, {@link #recordRefunds}, {@link #disputeMove}): a move it refuses is
 * empty, a move it makes is an {@link OrderTransition} naming the states it may leave, which
 * {@link OrderRepository#apply} writes as one conditional UPDATE (never a dirty entity flushed at
 * commit), because several paths (the return page, duplicate webhooks, the reconciler, other
 * instances) race for the same move and the copy in memory may be older than the row.
 */
@Entity(name = "MarketplaceOrder") // "Order" is a JPQL keyword
@Table(name = "orders")
public class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_key", nullable = false, updatable = false, length = 36)
    private String requestKey;

    @Column(name = "buyer_token_hash", nullable = false, updatable = false, length = 64)
    private String buyerTokenHash;

    @Column(name = "purchase_id", nullable = false, updatable = false)
    private long purchaseId;

    // A share of a purchase across sellers: paid on the platform, reaching the seller by a transfer.
    @Column(name = "separate_transfers", nullable = false, updatable = false)
    private boolean separateTransfers;

    @Column(name = "seller_id", nullable = false, updatable = false)
    private long sellerId;

    // The buyer signed in at checkout (never a field of the request); null for a guest.
    @Column(name = "buyer_id", updatable = false)
    private Long buyerId;

    // Written by conditional updates only (OrderRepository.recordBuyerEmail), never by a flush.
    @Column(name = "buyer_email", updatable = false)
    private String buyerEmail;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "product_name", nullable = false, updatable = false)
    private String productName;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "unit_amount", nullable = false, updatable = false)
    private long unitAmount;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "amount_subtotal", nullable = false, updatable = false)
    private long amountSubtotal;

    @Column(name = "amount_discount", nullable = false, updatable = false)
    private long amountDiscount;

    @Column(name = "promotion_code_id", updatable = false)
    private String promotionCodeId;

    @Column(name = "amount_total", nullable = false)
    private long amountTotal;

    @Column(name = "fee_basis_points", nullable = false, updatable = false)
    private int feeBasisPoints;

    @Column(name = "fee_fixed_amount", nullable = false, updatable = false)
    private long feeFixedAmount;

    @Column(name = "application_fee_amount", nullable = false)
    private long applicationFeeAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "charge_type", nullable = false, updatable = false)
    private ChargeType chargeType;

    @Column(name = "stripe_account_id", nullable = false, updatable = false)
    private String stripeAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Column(name = "checkout_session_id")
    private String checkoutSessionId;

    @Column(name = "checkout_url", length = 2000)
    private String checkoutUrl;

    @Column(name = "session_expires_at")
    private Instant sessionExpiresAt;

    @Column(name = "payment_intent_id")
    private String paymentIntentId;

    @Column(name = "amount_refunded", nullable = false)
    private long amountRefunded;

    @Column(nullable = false)
    private boolean restocked;

    @Column(name = "dispute_id")
    private String disputeId;

    @Column(name = "dispute_status")
    private String disputeStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_dispute")
    private OrderStatus statusBeforeDispute;

    @Column(name = "dispute_evidence_due_by")
    private Instant disputeEvidenceDueBy;

    // Written only by OrderRepository#apply with a dispute move; read by the KPIs in SQL.
    @Column(name = "dispute_opened_at")
    private Instant disputeOpenedAt;

    @Column(name = "dispute_closed_at")
    private Instant disputeClosedAt;

    @Column(length = 500)
    private String problem;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "reconciled_at")
    private Instant reconciledAt;

    protected Order() {
        // for JPA
    }

    /** A new PENDING order; {@code buyerTokenHash} is the digest of the token only the buyer receives. */
    public static Order place(ProductId product, String productName, SellerId seller, PaymentRouting routing, OrderPricing pricing,
                              String requestKey, String buyerTokenHash, Instant now) {
        Order order = new Order();
        order.requestKey = requestKey;
        order.buyerTokenHash = buyerTokenHash;
        order.sellerId = seller.value();
        order.productId = product.value();
        order.productName = productName;
        order.quantity = pricing.quantity();
        order.unitAmount = pricing.unitPrice().minorUnits();
        order.currency = pricing.unitPrice().currency().value();
        order.amountSubtotal = pricing.subtotal().minorUnits();
        order.amountDiscount = pricing.discountAmount().minorUnits();
        order.promotionCodeId = pricing.discount().map(Discount::promotionCodeId).orElse(null);
        order.amountTotal = pricing.total().minorUnits();
        order.feeBasisPoints = pricing.rate().basisPoints();
        order.feeFixedAmount = pricing.rate().fixed().minorUnits();
        order.applicationFeeAmount = pricing.fee().minorUnits();
        order.chargeType = routing.chargeType();
        order.stripeAccountId = routing.sellerAccountId();
        order.status = OrderStatus.PENDING;
        order.createdAt = now;
        order.updatedAt = now;
        return order;
    }

    /**
     * A new PENDING order of a buyer signed in at checkout: it is theirs, and their email is the one
     * the Checkout Session is made for.
     */
    public static Order place(ProductId product, String productName, SellerId seller, PaymentRouting routing, OrderPricing pricing,
                              String requestKey, String buyerTokenHash, Optional<OrderBuyer> buyer, Instant now) {
        Order order = place(product, productName, seller, routing, pricing, requestKey, buyerTokenHash, now);
        buyer.ifPresent(known -> {
            order.buyerId = known.id().value();
            order.buyerEmail = known.email();
        });
        return order;
    }

    /**
     * Files this new order under its purchase before it is stored; {@code separateTransfers} when
     * the purchase spans sellers (the order's money is then taken on the platform and transferred).
     */
    public Order within(PurchaseId purchase, boolean separateTransfers) {
        this.purchaseId = purchase.value();
        this.separateTransfers = separateTransfers;
        return this;
    }

    public PurchaseId purchaseId() {
        return new PurchaseId(purchaseId);
    }

    /** Whether this order is one seller's share of a purchase across sellers, paid to them by a transfer. */
    public boolean isSeparateTransfer() {
        return separateTransfers;
    }

    /**
     * What the seller of a share of a purchase across sellers is transferred once it is paid: what
     * the buyer pays for this order ({@link #confirmShare} charges exactly that) less the platform's
     * fee; 0 for an order of one seller (paid to them by Stripe) or an order with nothing to pay.
     */
    public long transferAmount() {
        long paid = amountSubtotal - amountDiscount;
        if (!separateTransfers || paid <= 0) {
            return 0;
        }
        return Math.max(0, paid - applicationFeeAmount);
    }

    public OrderId id() {
        return new OrderId(id);
    }

    public String requestKey() {
        return requestKey;
    }

    public String buyerTokenHash() {
        return buyerTokenHash;
    }

    public SellerId sellerId() {
        return new SellerId(sellerId);
    }

    /** The buyer with an account who made this purchase; empty for a guest. */
    public Optional<BuyerId> buyerId() {
        return Optional.ofNullable(buyerId).map(BuyerId::new);
    }

    /**
     * Where the buyer is reached (their mail goes here): the signed-in buyer's email, or for a guest
     * the one they gave Stripe ({@code customer_details.email}), once a confirmation read it.
     */
    public Optional<String> buyerEmail() {
        return Optional.ofNullable(buyerEmail);
    }

    public ProductId productId() {
        return new ProductId(productId);
    }

    public String productName() {
        return productName;
    }

    public int quantity() {
        return quantity;
    }

    public CurrencyCode currency() {
        return CurrencyCode.of(currency);
    }

    public Money unitPrice() {
        return Money.of(unitAmount, currency);
    }

    public Money subtotal() {
        return Money.of(amountSubtotal, currency);
    }

    /** What the promotion code the buyer entered takes off the subtotal (0 without one). */
    public Money discountAmount() {
        return Money.of(amountDiscount, currency);
    }

    public Optional<String> promotionCodeId() {
        return Optional.ofNullable(promotionCodeId);
    }

    /** What the buyer must pay: the subtotal less the discount; the session created for this order asks exactly this. */
    public Money expectedTotal() {
        return Money.of(amountSubtotal - amountDiscount, currency);
    }

    /** What the buyer was charged: the expected total until confirmed, then Stripe's {@code amount_total}. */
    public Money total() {
        return Money.of(amountTotal, currency);
    }

    public FeeRate feeRate() {
        return FeeRate.of(feeBasisPoints, feeFixedAmount, currency());
    }

    public Money applicationFee() {
        return Money.of(applicationFeeAmount, currency);
    }

    /** The price, discount and fee frozen on this order. */
    public OrderPricing pricing() {
        Optional<Discount> discount = promotionCodeId().map(code -> new Discount(code, discountAmount()));
        return new OrderPricing(unitPrice(), quantity, subtotal(), discount, feeRate(), applicationFee());
    }

    public Money refunded() {
        return Money.of(amountRefunded, currency);
    }

    public PaymentRouting routing() {
        return separateTransfers ? PaymentRouting.separateTransfer(chargeType, stripeAccountId)
                : new PaymentRouting(chargeType, stripeAccountId);
    }

    public OrderStatus status() {
        return status;
    }

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

    public boolean isRestocked() {
        return restocked;
    }

    public Optional<String> disputeId() {
        return Optional.ofNullable(disputeId);
    }

    public Optional<String> disputeStatus() {
        return Optional.ofNullable(disputeStatus);
    }

    /** The state a dispute took this order from; empty if it was never disputed (or was before V8 kept it). */
    public Optional<OrderStatus> statusBeforeDispute() {
        return Optional.ofNullable(statusBeforeDispute);
    }

    /** Stripe's {@code evidence_details.due_by} of the order's dispute. */
    public Optional<Instant> disputeEvidenceDueBy() {
        return Optional.ofNullable(disputeEvidenceDueBy);
    }

    /**
     * Stripe's session shows the money taken (or nothing to take): PAID, storing what Stripe charged
     * and the payment intent. A free order takes no fee. Refused once settled: a settled order never
     * goes back to unsettled, so a copy that says settled is never wrong about it.
     */
    public Optional<OrderTransition> confirmPayment(long charged, Optional<String> paymentIntentId, Instant now) {
        if (isSettled()) {
            return Optional.empty();
        }
        long fee = charged == 0 ? 0 : applicationFeeAmount;
        return Optional.of(moveTo(OrderStatus.PAID, now).withPayment(new OrderTransition.Payment(charged, fee, paymentIntentId)));
    }

    /**
     * The purchase across sellers this order belongs to was paid: this order's share is what it
     * expects (the session asked the sum of the orders' totals, checked when it was made).
     */
    public Optional<OrderTransition> confirmShare(Optional<String> paymentIntentId, Instant now) {
        return confirmPayment(expectedTotal().minorUnits(), paymentIntentId, now);
    }

    /** The session completed with a delayed method: the order waits for it; only a PENDING order moves. */
    public Optional<OrderTransition> awaitPayment(Instant now) {
        return status == OrderStatus.PENDING ? Optional.of(moveTo(OrderStatus.AWAITING_PAYMENT, now)) : Optional.empty();
    }

    /** The delayed payment failed. */
    public Optional<OrderTransition> failPayment(Instant now) {
        return isSettled() ? Optional.empty() : Optional.of(moveTo(OrderStatus.PAYMENT_FAILED, now).withProblem("The delayed payment failed"));
    }

    /** The session ended unpaid. */
    public Optional<OrderTransition> expire(Instant now) {
        return isSettled() ? Optional.empty() : Optional.of(moveTo(OrderStatus.EXPIRED, now));
    }

    /** The platform gives up on a session Stripe never made or refused: closed unpaid, saying why. */
    public Optional<OrderTransition> expire(String why, Instant now) {
        return expire(now).map(move -> move.withProblem(why));
    }

    /**
     * The order was just claimed as paid and its stock turned out short: the buyer paid for nothing.
     * Decided from PAID whatever this copy says, since it was read before the claim.
     */
    public OrderTransition soldOutAfterPayment(Instant now) {
        return moveTo(OrderStatus.PAID_OUT_OF_STOCK, now).withProblem("Sold out before the payment was confirmed");
    }

    /**
     * Stripe's total refunded on the charge: stored if it is more than the order knows (never more
     * than it was charged), and the status follows the amount stored ({@link OrderStatus#withRefunded}:
     * a disputed order keeps its dispute, an out-of-stock one stays so until fully refunded). Empty
     * when nothing changes. Decided on the row as it is now, locked: the move leaves only that state.
     */
    public Optional<OrderTransition> recordRefunds(long refundedAtStripe, Instant now) {
        long stored = refundedAtStripe > amountRefunded && refundedAtStripe <= amountTotal ? refundedAtStripe : amountRefunded;
        OrderStatus to = status.withRefunded(stored, amountTotal);
        if (stored == amountRefunded && to == status) {
            return Optional.empty();
        }
        return Optional.of(OrderTransition.move(id(), EnumSet.of(status), to, now).withRefunded(stored));
    }

    private OrderTransition moveTo(OrderStatus target, Instant now) {
        return OrderTransition.move(id(), OrderStatus.leavableFor(target), target, now);
    }

    /**
     * What a dispute of this order's charge, as Stripe reports it now, changes on the order; empty
     * when nothing (already recorded, another dispute, or an order whose money was never taken).
     * <ul>
     *   <li>open or lost, on an order whose money was taken: flagged DISPUTED, whatever it was, and
     *       that state remembered;</li>
     *   <li>won, on the order it flagged: back to the state it left, moved on by the refunds recorded
     *       while it was disputed (an out-of-stock order goes back out of stock, or refunded);</li>
     *   <li>won before the platform saw it open: recorded, the order is left as it is.</li>
     * </ul>
     * Stripe is re-read for every event, so the move depends only on where the dispute is now, not
     * on which of its events arrives first.
     */
    public Optional<DisputeMove> disputeMove(PaymentGateway.DisputeState dispute) {
        if (status == OrderStatus.DISPUTED) {
            if (!dispute.disputeId().equals(disputeId)) {
                return Optional.empty();
            }
            OrderStatus to = dispute.isWon()
                    ? OrderStatus.afterWonDispute(statusBeforeDispute(), amountRefunded, amountTotal)
                    : OrderStatus.DISPUTED;
            return changing(to, dispute, statusBeforeDispute());
        }
        if (!OrderStatus.DISPUTABLE.contains(status)) {
            return Optional.empty();
        }
        if (dispute.isWon()) {
            return changing(status, dispute, statusBeforeDispute());
        }
        return changing(OrderStatus.DISPUTED, dispute, Optional.of(status));
    }

    private Optional<DisputeMove> changing(OrderStatus to, PaymentGateway.DisputeState dispute, Optional<OrderStatus> before) {
        DisputeMove move = new DisputeMove(status, to, dispute.disputeId(), dispute.status(), dispute.evidenceDueBy(), before);
        boolean changes = to != status || !move.disputeId().equals(disputeId) || !move.disputeStatus().equals(disputeStatus)
                || !move.evidenceDueBy().equals(disputeEvidenceDueBy()) || !before.equals(statusBeforeDispute());
        return changes ? Optional.of(move) : Optional.empty();
    }

    /**
     * Whether a payment intent is this order's by the metadata checkout wrote on it
     * ({@code payment_intent_data.metadata}): both the order's id and its key.
     */
    public boolean isNamedByPaymentIntent(PaymentGateway.PaymentIntentOrder intent) {
        return id != null && intent.orderId().filter(id::equals).isPresent()
                && intent.orderKey().filter(requestKey::equals).isPresent();
    }

    /**
     * What may still be refunded on this order: its total less the most that is known to be gone
     * back or on its way, by whichever account is largest: the refunds promised here (pending or
     * done), the refunds Stripe reports for the charge (Dashboard refunds included), and the refunded
     * amount recorded on the order. The platform's own refunds are in all three once done, so they are
     * never counted twice.
     */
    public long remainingToRefund(long promisedHere, long refundedAtStripe) {
        long gone = Math.max(Math.max(promisedHere, refundedAtStripe), amountRefunded);
        return Math.max(0, amountTotal - gone);
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> paidAt() {
        return Optional.ofNullable(paidAt);
    }

    /** Settled: paid, failed, expired, refunded or disputed. Stripe's session has nothing left to tell it. */
    public boolean isSettled() {
        return !OrderStatus.UNSETTLED.contains(status);
    }

    /** Whether {@code session} is this order's own: the one whose id it stored when Stripe created it. */
    public boolean isPaidThrough(CheckoutSessionState session) {
        return checkoutSessionId != null && checkoutSessionId.equals(session.sessionId());
    }

    /**
     * Whether a session this order never stored may become its own: only while it stores none (the
     * id was lost between Stripe and the database), and only a session that was read where this
     * order's payment lives ({@code readAs}), names this order (id and key), and asks exactly the
     * currency and total this order expects. A copy of the metadata on a session for 1 cent fails
     * the last test; a session of another order fails the others.
     */
    public boolean mayAdopt(CheckoutSessionState session, Optional<String> readAs) {
        return checkoutSessionId == null && id != null
                && routing().matchesEventAccount(readAs)
                && session.orderId().filter(id::equals).isPresent()
                && session.orderKey().filter(requestKey::equals).isPresent()
                && currency.equalsIgnoreCase(session.currency())
                && session.amountTotal() == expectedTotal().minorUnits();
    }
}
