package com.marketplace.platform.orders.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.orders.checkout.CartItem;
import com.marketplace.platform.orders.checkout.EnteredPromotion;
import com.marketplace.platform.orders.checkout.OrderPlacement.PlacedPurchase;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderLine;
import com.marketplace.platform.orders.domain.OrderRefusal;
import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.orders.domain.PurchaseRouting;
import com.marketplace.platform.sellers.ChargeType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A cart's placement: one purchase, one order per seller with its lines and its own fee, routed as the cart's sellers say. */
class CartPlacementTest {

    private final PurchaseFixture shop = new PurchaseFixture();

    private PlacedPurchase place(CartItem... items) {
        return shop.placement.placeCart(List.of(items), Optional.empty(), Optional.empty());
    }

    @Test
    void aCartAcrossThreeSellersIsOnePurchaseWithAnOrderPerSellerEachWithItsOwnFee() {
        PlacedPurchase placed = place(new CartItem(shop.mug, 2), new CartItem(shop.kettle, 1), new CartItem(shop.teapot, 1),
                new CartItem(shop.spoon, 3));

        assertEquals(PurchaseRouting.SEPARATE_TRANSFERS, placed.purchase().routing());
        assertEquals(Optional.of("purchase_" + placed.purchase().id().value()), placed.purchase().transferGroup());
        List<Order> orders = placed.orders();
        assertEquals(List.of(PurchaseFixture.A, PurchaseFixture.B, PurchaseFixture.C), orders.stream().map(Order::sellerId).toList());
        // A: 2 x 12.00 + 25.00 = 49.00, fee 10 % + 0.30 = 5.20; B: 40.00, its own 5 % = 2.00; C: 3 x 3.00 = 9.00, fee 1.20.
        assertEquals(List.of(4_900L, 4_000L, 900L), orders.stream().map(order -> order.expectedTotal().minorUnits()).toList());
        assertEquals(List.of(520L, 200L, 120L), orders.stream().map(order -> order.applicationFee().minorUnits()).toList());
        assertEquals(9_800, placed.purchase().total().minorUnits());
    }

    @Test
    void eachOrderOfACartAcrossSellersIsPaidOnThePlatformAndTransfersItsTotalLessItsFee() {
        List<Order> orders = place(new CartItem(shop.mug, 2), new CartItem(shop.kettle, 1), new CartItem(shop.teapot, 1),
                new CartItem(shop.spoon, 3)).orders();

        assertEquals(PaymentRouting.separateTransfer(ChargeType.DIRECT, "acct_b"), orders.get(1).routing());
        assertEquals(Optional.empty(), orders.get(1).routing().requestAccount(), "B's share is charged on the platform, not on B's account");
        assertEquals(List.of(4_380L, 3_800L, 780L), orders.stream().map(Order::transferAmount).toList());
    }

    @Test
    void anOrderKeepsItsLinesWithTheirPricesFrozen() {
        Order a = place(new CartItem(shop.mug, 2), new CartItem(shop.kettle, 1), new CartItem(shop.teapot, 1)).orders().get(0);

        List<OrderLine> lines = shop.purchases.linesOf(a.id());
        assertEquals(List.of(shop.mug, shop.teapot), lines.stream().map(OrderLine::productId).toList());
        assertEquals(List.of(2_400L, 2_500L), lines.stream().map(OrderLine::subtotalAmount).toList());
        assertEquals("Mug and 1 more", a.productName());
    }

    @Test
    void aCartOfOneSellerIsChargedWithThatSellersChargeTypeAsOneOrder() {
        PlacedPurchase placed = place(new CartItem(shop.mug, 1), new CartItem(shop.teapot, 2));

        assertEquals(PurchaseRouting.DESTINATION, placed.purchase().routing());
        assertEquals(1, placed.orders().size());
        Order order = placed.orders().get(0);
        assertEquals(new PaymentRouting(ChargeType.DESTINATION, "acct_a"), order.routing());
        assertEquals(0, order.transferAmount(), "Stripe pays a Destination charge's seller; the platform transfers nothing");
        assertEquals(6_200, order.expectedTotal().minorUnits());
    }

    @Test
    void linesOfTheSameProductAreMergedAndTheirStockCheckedTogether() {
        Order order = place(new CartItem(shop.mug, 2), new CartItem(shop.mug, 3)).orders().get(0);

        assertEquals(5, order.quantity());
        assertEquals(1, shop.purchases.linesOf(order.id()).size());
        OrderRefusal tooMany = assertThrows(OrderRefusal.class, () -> place(new CartItem(shop.mug, 3), new CartItem(shop.mug, 3)));
        assertEquals(OrderRefusal.Reason.INSUFFICIENT_STOCK, tooMany.reason());
    }

    @Test
    void aCartInTwoCurrenciesIsRefusedAndNothingIsCreated() {
        OrderRefusal refused = assertThrows(OrderRefusal.class, () -> place(new CartItem(shop.spoon, 1), new CartItem(shop.lamp, 1)));

        assertEquals(OrderRefusal.Reason.MIXED_CURRENCIES, refused.reason());
        assertTrue(shop.orders.all().isEmpty());
    }

    @Test
    void aPromotionCodeIsRefusedForACartAcrossSellers() {
        // The code's details never matter: a cart across sellers takes none.
        EnteredPromotion entered = new EnteredPromotion(null, new PaymentRouting(ChargeType.DESTINATION, "acct_a"));
        OrderRefusal refused = assertThrows(OrderRefusal.class, () -> shop.placement.placeCart(
                List.of(new CartItem(shop.mug, 1), new CartItem(shop.kettle, 1)), Optional.of(entered), Optional.empty()));

        assertEquals(OrderRefusal.Reason.PROMOTION_CODE_INVALID, refused.reason());
        assertFalse(refused.getMessage().isBlank());
        assertTrue(shop.orders.all().isEmpty());
        OrderRefusal early = assertThrows(OrderRefusal.class, () -> shop.placement.routingForCart(
                List.of(new CartItem(shop.mug, 1), new CartItem(shop.kettle, 1))));
        assertEquals(OrderRefusal.Reason.PROMOTION_CODE_INVALID, early.reason(), "refused before the code is looked up at Stripe");
    }
}
