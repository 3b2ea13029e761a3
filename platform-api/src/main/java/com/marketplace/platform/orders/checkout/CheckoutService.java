package com.marketplace.platform.orders.checkout;

import com.marketplace.platform.orders.payment.PaymentTransitions;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.orders.checkout.OrderPlacement.PlacedOrder;
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

    protected CheckoutService() {
        // for CDI proxies
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
        if (items.size() != 1) {
            throw new OrderRefusal(OrderRefusal.Reason.VALIDATION_FAILED, "A cart of several products is not accepted yet");
        }
        StartedCheckout started = start(items.get(0).productId(), items.get(0).quantity(), promotionCode, caller);
        Order order = started.order();
        return new StartedPurchase(new PurchaseId(order.id().value()), List.of(order.id()), order.checkoutSessionId().orElse(null),
                order.checkoutUrl().orElse(null), order.expectedTotal(), started.buyerToken());
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
        Order order = placed.order();
        try {
            return new StartedCheckout(sessions.createFor(order), placed.buyerToken());
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
