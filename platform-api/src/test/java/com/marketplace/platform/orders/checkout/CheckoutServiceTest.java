package com.marketplace.platform.orders.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.kernel.error.RefusalMapper;
import com.marketplace.platform.orders.domain.OrderRefusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckoutServiceTest {

    private final Order order = CheckoutDoubles.halfPriceOrder();
    private final StripeDouble stripe = new StripeDouble();
    private final CheckoutDoubles.Transitions transitions = new CheckoutDoubles.Transitions(order);
    private final List<String> placed = new ArrayList<>();
    private final List<Optional<BuyerId>> placedFor = new ArrayList<>();
    private final OrderPlacement placement = new OrderPlacement() {
        @Override
        public PaymentRouting routingFor(ProductId productId) {
            return CheckoutDoubles.DIRECT;
        }

        @Override
        public PlacedOrder place(ProductId productId, int quantity, Optional<EnteredPromotion> promotion, Optional<BuyerId> buyer) {
            placed.add(productId + " x " + quantity);
            placedFor.add(buyer);
            return new PlacedOrder(order, "buyer-token");
        }
    };
    // Stripe knows no promotion code at all here.
    private final EnteredPromotions promotions = new EnteredPromotions((account, code) -> List.of());
    private final CheckoutService checkout = new CheckoutService(placement,
            new CheckoutSessions(stripe, transitions, new CheckoutDoubles.Settings()), transitions, promotions);

    @Test
    void aSessionWhoseTotalIsNotTheExpectedOneClosesTheOrderAndAnswersBadGateway() {
        stripe.answerTotal(1_999);

        OrderRefusal refused = assertThrows(OrderRefusal.class, () -> checkout.start(new ProductId(3), 1));

        assertEquals(OrderRefusal.Reason.STRIPE_ERROR, refused.reason());
        assertEquals(502, RefusalMapper.errorCodeOf(refused).status().getStatusCode());
        assertEquals(List.of("7: Stripe refused its checkout session"), transitions.givenUp);
        assertEquals(1, stripe.expired.size());
    }

    @Test
    void aPromotionCodeStripeDoesNotHaveRefusesTheCheckoutBeforeAnythingIsPlaced() {
        OrderRefusal refused = assertThrows(OrderRefusal.class, () -> checkout.start(new ProductId(3), 1, Optional.of("NOPE")));

        assertEquals(OrderRefusal.Reason.PROMOTION_CODE_INVALID, refused.reason());
        assertTrue(refused.getMessage().contains("NOPE"), refused.getMessage());
        assertTrue(placed.isEmpty(), "no order");
        assertTrue(stripe.created.isEmpty(), "no session");
    }

    @Test
    void aSignedInBuyersCheckoutIsPlacedForThemAndAnyoneElsesForNobody() {
        checkout.start(new ProductId(3), 1, Optional.empty(), Caller.buyer(new BuyerId(12)));
        checkout.start(new ProductId(3), 1, Optional.empty(), Caller.anonymous());
        checkout.start(new ProductId(3), 1, Optional.empty(), Caller.seller(new SellerId(5)));

        assertEquals(List.of(Optional.of(new BuyerId(12)), Optional.empty(), Optional.empty()), placedFor);
    }

    @Test
    void aBlankPromotionCodeIsNoCode() {
        checkout.start(new ProductId(3), 1, Optional.of("   "));

        assertEquals(List.of("3 x 1"), placed);
    }
}
