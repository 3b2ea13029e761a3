package com.marketplace.platform.orders.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.kernel.paging.PageRequest;
import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductDetails;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.fakes.InMemoryFees;
import com.marketplace.platform.fakes.InMemoryOrders;
import com.marketplace.platform.fakes.InMemoryPurchases;
import com.marketplace.platform.fakes.InMemoryProducts;
import com.marketplace.platform.fakes.InMemorySellerDirectory;
import com.marketplace.platform.fees.application.FeeSchedule;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.platform.orders.checkout.OrderPlacement.PlacedOrder;
import com.marketplace.platform.orders.domain.BuyerToken;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderBuyer;
import com.marketplace.platform.orders.domain.OrderRefusal;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.orders.domain.PromotionCode;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.sellers.OnboardingStatus;
import com.marketplace.platform.sellers.SellerStanding;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Checkout placement with its ports faked: the order committed before Stripe hears of it, priced
 * from the product, charged the schedule's fee, routed as the seller stands now; and every refusal.
 * Seller 5 sells a 20.00 EUR teapot (5 in stock) by Direct charges on acct_seller5; the fee is 10 % + 0.30.
 */
class OrderPlacementTest {

    private static final CurrencyCode EUR = CurrencyCode.of("eur");
    private static final SellerId SELLER = new SellerId(5);

    private final InMemoryProducts products = new InMemoryProducts();
    private final InMemorySellerDirectory sellers = new InMemorySellerDirectory().active(SELLER, ChargeType.DIRECT, "acct_seller5");
    private final InMemoryFees fees = new InMemoryFees();
    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryPurchases purchases = new InMemoryPurchases(orders);
    private final OrderPlacement placement = placement();
    private final ProductId teapot = product(new Money(2_000, EUR), 5, true);

    private OrderPlacement placement() {
        FeeSchedule schedule = new FeeSchedule(fees, sellers);
        schedule.setDefault(FeeRate.of(1_000, 30, EUR), "admin");
        return new OrderPlacement(products, sellers, schedule, orders, purchases);
    }

    private ProductId product(Money price, int stock, boolean active) {
        return products.add(Product.create(SELLER, new ProductDetails("Teapot", "Blue", price, stock, active), Instant.now())).id();
    }

    private OrderRefusal.Reason refusalOf(ProductId product, int quantity) {
        return assertThrows(OrderRefusal.class, () -> placement.place(product, quantity, Optional.empty())).reason();
    }

    @Test
    void anOrderIsPlacedPendingWithThePriceTheFeeAndTheSellersRouting() {
        PlacedOrder placed = placement.place(teapot, 3, Optional.empty());

        Order order = placed.order();
        assertEquals(OrderStatus.PENDING, order.status());
        assertEquals(6_000, order.expectedTotal().minorUnits());
        assertEquals(630, order.applicationFee().minorUnits());
        assertEquals(new PaymentRouting(ChargeType.DIRECT, "acct_seller5"), order.routing());
        assertTrue(BuyerToken.matches(placed.buyerToken(), order.buyerTokenHash()), "only the buyer's token opens it");
        assertEquals(Optional.of(order), orders.find(order.id()));
    }

    @Test
    void aSignedInBuyersOrderIsTheirsWithTheEmailOfTheirAccount() {
        BuyerId ada = new BuyerId(21);
        OrderPlacement forBuyers = new OrderPlacement(products, sellers, new FeeSchedule(fees, sellers), orders,
                buyer -> Optional.of(new OrderBuyer(buyer, "ada@example.com")).filter(known -> buyer.equals(ada)), purchases);

        Order order = forBuyers.place(teapot, 1, Optional.empty(), Optional.of(ada)).order();

        assertEquals(Optional.of(ada), order.buyerId());
        assertEquals(Optional.of("ada@example.com"), order.buyerEmail());
    }

    @Test
    void aGuestsOrderBelongsToNobodyAndHasNoEmailYet() {
        Order order = placement.place(teapot, 1, Optional.empty()).order();

        assertEquals(Optional.empty(), order.buyerId());
        assertEquals(Optional.empty(), order.buyerEmail());
    }

    @Test
    void stockIsCheckedButNotTakenWhenTheOrderIsPlaced() {
        placement.place(teapot, 5, Optional.empty());

        assertEquals(5, products.find(teapot).orElseThrow().stock());
    }

    @Test
    void anUnknownProductIsNotFound() {
        assertEquals(OrderRefusal.Reason.PRODUCT_NOT_FOUND, refusalOf(new ProductId(404), 1));
    }

    @Test
    void aProductNotOnSaleCannotBeBought() {
        assertEquals(OrderRefusal.Reason.PRODUCT_NOT_AVAILABLE, refusalOf(product(new Money(2_000, EUR), 5, false), 1));
    }

    @Test
    void aSellerWhoMayNotSellCannotBeBoughtFrom() {
        sellers.with(new SellerStanding(SELLER, "Shop", OnboardingStatus.RESTRICTED, ChargeType.DIRECT, Optional.of("acct_seller5")));

        assertEquals(OrderRefusal.Reason.SELLER_NOT_ACTIVE, refusalOf(teapot, 1));
    }

    @Test
    void aPausedSellerIsRefusedWithThePauseAndItsReason() {
        sellers.with(new SellerStanding(SELLER, "Shop", OnboardingStatus.RESTRICTED, ChargeType.DIRECT, Optional.of("acct_seller5"),
                Optional.of("Stripe requirements are past due (external_account)")));

        OrderRefusal refused = assertThrows(OrderRefusal.class, () -> placement.place(teapot, 1, Optional.empty()));

        assertEquals(OrderRefusal.Reason.SELLER_PAUSED, refused.reason());
        assertTrue(refused.getMessage().contains("past due (external_account)"), refused.getMessage());
    }

    @Test
    void aDisconnectedSellerIsRefusedAsDisconnected() {
        sellers.with(new SellerStanding(SELLER, "Shop", OnboardingStatus.DISCONNECTED, ChargeType.DIRECT, Optional.of("acct_seller5")));

        assertEquals(OrderRefusal.Reason.SELLER_DISCONNECTED, refusalOf(teapot, 1));
    }

    @Test
    void moreThanTheStockIsRefusedSayingHowManyAreLeft() {
        OrderRefusal refused = assertThrows(OrderRefusal.class, () -> placement.place(teapot, 6, Optional.empty()));

        assertEquals(OrderRefusal.Reason.INSUFFICIENT_STOCK, refused.reason());
        assertTrue(refused.getMessage().startsWith("Only 5 "), refused.getMessage());
    }

    @Test
    void anOrderAboveStripesLimitIsRefused() {
        ProductId dear = product(new Money(SupportedCurrencies.MAX_AMOUNT, EUR), 2, true);

        assertEquals(OrderRefusal.Reason.VALIDATION_FAILED, refusalOf(dear, 2));
        assertTrue(orders.list(Optional.empty(), Optional.empty(), PageRequest.first(10)).items().isEmpty());
    }

    @Test
    void aPromotionCodeLookedUpWhereTheSellerNoLongerTakesPaymentsIsAConflict() {
        PromotionCode code = new PromotionCode("promo_1", "TEN", true, Optional.empty(), Optional.empty(), 0, false, Map.of(), Optional.empty());
        EnteredPromotion lookedUpOnTheOldAccount = new EnteredPromotion(code, new PaymentRouting(ChargeType.DIRECT, "acct_old"));

        OrderRefusal refused = assertThrows(OrderRefusal.class, () -> placement.place(teapot, 1, Optional.of(lookedUpOnTheOldAccount)));

        assertEquals(OrderRefusal.Reason.CONFLICT, refused.reason());
    }

    @Test
    void theRoutingOfACheckoutIsWhereTheSellerIsPaidNow() {
        sellers.active(SELLER, ChargeType.DESTINATION, "acct_seller5");

        assertEquals(new PaymentRouting(ChargeType.DESTINATION, "acct_seller5"), placement.routingFor(teapot));
    }
}
