package com.marketplace.platform.orders.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.platform.fakes.FakeStripe;
import com.marketplace.platform.orders.checkout.CartItem;
import com.marketplace.platform.orders.checkout.OrderPlacement.PlacedPurchase;
import com.marketplace.platform.orders.domain.CheckoutSessionState;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.platform.orders.domain.PaymentVerdict;
import com.marketplace.platform.orders.domain.PurchaseId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The confirmation of a purchase across sellers: one session settles every order of it at once,
 * stock is taken per line, a short order alone is refunded, and each paid order is owed exactly one
 * transfer of what the buyer paid for it less its fee, from the purchase's charge.
 */
class PurchaseSettlementTest {

    private static final String CHARGE = "ch_purchase";

    private final PurchaseFixture shop = new PurchaseFixture();
    private final PlacedPurchase placed = shop.placement.placeCart(List.of(new CartItem(shop.mug, 2), new CartItem(shop.kettle, 1),
            new CartItem(shop.teapot, 1), new CartItem(shop.spoon, 3)), Optional.empty(), Optional.empty());
    private final PurchaseId purchase = placed.purchase().id();
    private final CheckoutSessionState paid = FakeStripe.paidSession("cs_purchase", 9_800, "pi_purchase");

    private boolean confirm() {
        return shop.transitions.applyToPurchase(purchase, PaymentVerdict.PAID, paid, Optional.of(CHARGE));
    }

    private Order order(int index) {
        return shop.orders.find(placed.orders().get(index).id()).orElseThrow();
    }

    @Test
    void onePaymentSettlesEveryOrderAndTakesTheStockOfEveryLine() {
        assertTrue(confirm());

        assertEquals(List.of(OrderStatus.PAID, OrderStatus.PAID, OrderStatus.PAID), shop.orders.all().stream().map(Order::status).toList());
        assertEquals(List.of(3, 4, 4, 2), List.of(shop.inventory.stockOf(shop.mug), shop.inventory.stockOf(shop.teapot),
                shop.inventory.stockOf(shop.kettle), shop.inventory.stockOf(shop.spoon)));
        assertEquals(List.of(4_900L, 4_000L, 900L), shop.orders.all().stream().map(order -> order.total().minorUnits()).toList());
    }

    @Test
    void eachPaidOrderIsOwedOneTransferOfItsTotalLessItsFeeFromThePurchasesCharge() {
        confirm();

        List<OrderTransfer> owed = shop.transfers.all();
        assertEquals(List.of(4_380L, 3_800L, 780L), owed.stream().map(OrderTransfer::amount).toList());
        assertEquals(List.of("acct_a", "acct_b", "acct_c"), owed.stream().map(OrderTransfer::destinationAccount).toList());
        assertTrue(owed.stream().allMatch(transfer -> transfer.sourceCharge().equals(Optional.of(CHARGE))
                && transfer.transferGroup().equals(purchase.transferGroup()) && transfer.status() == OrderTransfer.Status.PENDING));
    }

    @Test
    void nothingIsOwedBeforeThePaymentIsConfirmed() {
        shop.transitions.applyToPurchase(purchase, PaymentVerdict.AWAITING_PAYMENT, paid, Optional.empty());

        assertTrue(shop.transfers.all().isEmpty());
        assertEquals(5, shop.inventory.stockOf(shop.mug));
    }

    @Test
    void anOrderShortOfStockIsRefundedItsShareAloneAndNeverTransferred() {
        shop.inventory.take(shop.kettle, 5, java.time.Instant.now());

        confirm();

        assertEquals(OrderStatus.PAID_OUT_OF_STOCK, order(1).status());
        assertEquals(List.of(4_000L), shop.refunds.all().stream().map(OrderRefund::amount).toList());
        assertEquals(List.of(order(0).id(), order(2).id()), shop.transfers.all().stream().map(OrderTransfer::orderId).toList());
        assertEquals(List.of(OrderStatus.PAID, OrderStatus.PAID), List.of(order(0).status(), order(2).status()));
    }

    @Test
    void aShortLinePutsBackWhatTheOrdersOtherLinesTook() {
        shop.inventory.take(shop.teapot, 5, java.time.Instant.now());

        confirm();

        assertEquals(OrderStatus.PAID_OUT_OF_STOCK, order(0).status());
        assertEquals(5, shop.inventory.stockOf(shop.mug), "the mugs of A's short order are back on the shelf");
        assertEquals(List.of(4_900L), shop.refunds.all().stream().map(OrderRefund::amount).toList());
    }

    @Test
    void aSecondConfirmationChangesNothing() {
        confirm();

        assertFalse(confirm());
        assertEquals(3, shop.transfers.all().size());
        assertEquals(3, shop.inventory.stockOf(shop.mug));
        assertTrue(shop.refunds.all().isEmpty());
    }
}
