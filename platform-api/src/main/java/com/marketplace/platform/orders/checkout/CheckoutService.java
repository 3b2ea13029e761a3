package com.marketplace.platform.orders.checkout;

import com.marketplace.platform.orders.payment.PaymentTransitions;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.orders.checkout.OrderPlacement.PlacedOrder;
import com.marketplace.platform.orders.checkout.OrderPlacement.PlacedPurchase;
import com.marketplace.platform.orders.domain.Purchase;
import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.PromotionCodeRejected;
import com.marketplace.platform.orders.domain.OrderRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.PurchaseId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A buyer's checkout: the promotion code they entered, if any, is looked up at Stripe where the
 * session will be made ({@link EnteredPromotions}); the order is committed next, with its discount
 * and its fee on what the buyer pays ({@link OrderPlacement}); then its Checkout Session is created
 * with that discount ({@link CheckoutSessions}). A code that cannot be used refuses the checkout
 * before anything exists. If Stripe cannot be reached the order stays PENDING without a session
 * and the buyer is told to try again; the reconciler later finds out whether Stripe made the
 * session after all and settles the order (a session nobody was sent to simply expires). If Stripe
 * refuses, the order is closed as EXPIRED at once.
 *
 * <p>A buyer signed in (by the page session or HTTP Basic: the {@link Caller}) owns the order, and
 * the session is made for their email; anyone else checks out as a guest.
 */
@ApplicationScoped
public class CheckoutService {

    private static final Logger LOG = Logger.getLogger(CheckoutService.class.getName());

    private OrderPlacement placement;
    private CheckoutSessions sessions;
    private PaymentTransitions transitions;
    private EnteredPromotions promotions;
    private PurchaseSessions purchaseSessions;

    protected CheckoutService() {
        // for CDI proxies
    }

    /** A cart across sellers is paid through one session of its purchase, on the platform. */
    @Inject
    void payPurchasesThrough(PurchaseSessions purchaseSessions) {
        this.purchaseSessions = purchaseSessions;
    }

    @Inject
    public CheckoutService(OrderPlacement placement, CheckoutSessions sessions, PaymentTransitions transitions,
                           EnteredPromotions promotions) {
        this.placement = placement;
        this.sessions = sessions;
        this.transitions = transitions;
        this.promotions = promotions;
    }

    public record StartedCheckout(Order order, String buyerToken) {
    }

    /**
     * A started purchase: send the buyer to {@code url}. {@code orderIds}: one order per seller, in
     * the order of the sellers' first lines; {@code buyerToken} reads any of them (shown once).
     */
    public record StartedPurchase(PurchaseId purchaseId, List<OrderId> orderIds, String sessionId, String url, Money amountTotal,
                                  String buyerToken) {
    }

    /**
     * The checkout of a cart (every door calls this: {@code POST /api/checkout} and the cart page):
     * one purchase, one order per seller with its lines, one Checkout Session. Lines of the same
     * product are merged. {@code promotionCode}: what the buyer typed (blank counts as none); refused
     * for a cart across several sellers.
     */
    public StartedPurchase checkout(Caller caller, List<CartItem> items, Optional<String> promotionCode) {
        Optional<String> code = promotionCode.map(String::trim).filter(entered -> !entered.isEmpty());
        PlacedPurchase placed = placeCart(items, code, caller.buyer());
        if (!placed.purchase().isSeparateTransfers()) {
            Order order = withSession(placed.orders().get(0));
            return new StartedPurchase(placed.purchase().id(), List.of(order.id()), order.checkoutSessionId().orElse(null),
                    order.checkoutUrl().orElse(null), order.expectedTotal(), placed.buyerToken());
        }
        Purchase purchase = placed.purchase();
        try {
            Purchase started = purchaseSessions.createFor(purchase, placed.orders()).purchase();
            return new StartedPurchase(purchase.id(), placed.orders().stream().map(Order::id).toList(),
                    started.checkoutSessionId().orElse(null), started.checkoutUrl().orElse(null), purchase.total(), placed.buyerToken());
        } catch (GatewayFailure e) {
            LOG.warning("Checkout of purchase " + purchase.id() + " could not start: " + e.getMessage());
            if (e.isTransient()) {
                throw new OrderRefusal(OrderRefusal.Reason.STRIPE_UNAVAILABLE, "The payment page could not be prepared because Stripe"
                        + " did not answer; nothing was charged. Try again shortly.");
            }
            transitions.giveUpPurchase(purchase.id(), "Stripe refused its checkout session");
            throw new OrderRefusal(OrderRefusal.Reason.STRIPE_ERROR, "Stripe refused to prepare the payment page; nothing was charged.");
        }
    }

    private PlacedPurchase placeCart(List<CartItem> items, Optional<String> promotionCode, Optional<BuyerId> buyer) {
        try {
            Optional<EnteredPromotion> promotion = promotionCode.map(code -> promotions.lookUp(code, placement.routingForCart(items)));
            return placement.placeCart(items, promotion, buyer);
        } catch (PromotionCodeRejected e) {
            throw new OrderRefusal(OrderRefusal.Reason.PROMOTION_CODE_INVALID, e.getMessage());
        } catch (GatewayFailure e) {
            LOG.warning("The promotion code for a checkout of a cart could not be checked: " + e.getMessage());
            throw new OrderRefusal(e.isTransient() ? OrderRefusal.Reason.STRIPE_UNAVAILABLE : OrderRefusal.Reason.STRIPE_ERROR,
                    "The promotion code could not be checked with Stripe; nothing was created. Try again shortly.");
        }
    }

    public StartedCheckout start(ProductId product, int quantity) {
        return start(product, quantity, Optional.empty());
    }

    public StartedCheckout start(ProductId product, int quantity, Optional<String> promotionCode) {
        return start(product, quantity, promotionCode, Caller.anonymous());
    }

    /** {@code promotionCode}: what the buyer typed; blank counts as none. {@code caller}: who asks; a buyer's order is theirs. */
    public StartedCheckout start(ProductId product, int quantity, Optional<String> promotionCode, Caller caller) {
        PlacedOrder placed = place(product, quantity, promotionCode.map(String::trim).filter(code -> !code.isEmpty()), caller.buyer());
        return new StartedCheckout(withSession(placed.order()), placed.buyerToken());
    }

    // One seller's purchase: its session is its order's, made as that seller's charge type says.
    private Order withSession(Order order) {
        try {
            return sessions.createFor(order);
        } catch (GatewayFailure e) {
            LOG.warning("Checkout of order " + order.id() + " could not start: " + e.getMessage());
            if (e.isTransient()) {
                throw new OrderRefusal(OrderRefusal.Reason.STRIPE_UNAVAILABLE, "The payment page could not be prepared because Stripe"
                        + " did not answer; nothing was charged. Try again shortly.");
            }
            transitions.giveUp(order, "Stripe refused its checkout session");
            throw new OrderRefusal(OrderRefusal.Reason.STRIPE_ERROR, "Stripe refused to prepare the payment page; nothing was charged.");
        }
    }

    private PlacedOrder place(ProductId product, int quantity, Optional<String> promotionCode, Optional<BuyerId> buyer) {
        try {
            Optional<EnteredPromotion> promotion = promotionCode.map(code -> promotions.lookUp(code, placement.routingFor(product)));
            return placement.place(product, quantity, promotion, buyer);
        } catch (PromotionCodeRejected e) {
            throw new OrderRefusal(OrderRefusal.Reason.PROMOTION_CODE_INVALID, e.getMessage());
        } catch (GatewayFailure e) {
            LOG.warning("The promotion code for a checkout of product " + product + " could not be checked: " + e.getMessage());
            throw new OrderRefusal(e.isTransient() ? OrderRefusal.Reason.STRIPE_UNAVAILABLE : OrderRefusal.Reason.STRIPE_ERROR,
                    "The promotion code could not be checked with Stripe; nothing was created. Try again shortly.");
        }
    }
}
