package com.marketplace.platform.orders.purchases;

import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductDetails;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.fakes.InMemoryFees;
import com.marketplace.platform.fakes.InMemoryInventory;
import com.marketplace.platform.fakes.InMemoryOrders;
import com.marketplace.platform.fakes.InMemoryOutbox;
import com.marketplace.platform.fakes.InMemoryProducts;
import com.marketplace.platform.fakes.InMemoryPurchases;
import com.marketplace.platform.fakes.InMemoryRefundOutbox;
import com.marketplace.platform.fakes.InMemorySellerDirectory;
import com.marketplace.platform.fakes.InMemoryTransferOutbox;
import com.marketplace.platform.fees.application.FeeSchedule;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.checkout.OrderPlacement;
import com.marketplace.platform.orders.notices.OrderNotices;
import com.marketplace.platform.orders.payment.PaymentTransitions;
import com.marketplace.platform.sellers.ChargeType;
import java.time.Instant;

/**
 * Three sellers and their products, with every port of a cart's checkout and confirmation faked.
 * Seller A (Destination, default fee 10 % + 0.30) sells a mug (12.00) and a teapot (25.00); seller B
 * (Direct, its own fee 5 % + 0) a kettle (40.00); seller C (Destination, default fee) a spoon (3.00)
 * and a dollar-priced lamp. Each product has 5 in stock, in the catalog and in the inventory.
 */
final class PurchaseFixture {

    static final CurrencyCode EUR = CurrencyCode.of("eur");
    static final SellerId A = new SellerId(1);
    static final SellerId B = new SellerId(2);
    static final SellerId C = new SellerId(3);

    final InMemoryProducts products = new InMemoryProducts();
    final InMemorySellerDirectory sellers = new InMemorySellerDirectory()
            .active(A, ChargeType.DESTINATION, "acct_a")
            .active(B, ChargeType.DIRECT, "acct_b")
            .active(C, ChargeType.DESTINATION, "acct_c");
    final InMemoryOrders orders = new InMemoryOrders();
    final InMemoryPurchases purchases = new InMemoryPurchases(orders);
    final InMemoryRefundOutbox refunds = new InMemoryRefundOutbox();
    final InMemoryTransferOutbox transfers = new InMemoryTransferOutbox();
    final InMemoryInventory inventory = new InMemoryInventory();
    final InMemoryOutbox notifications = new InMemoryOutbox();
    final OrderPlacement placement;
    final PaymentTransitions transitions;

    final ProductId mug;
    final ProductId teapot;
    final ProductId kettle;
    final ProductId spoon;
    final ProductId lamp;

    PurchaseFixture() {
        FeeSchedule schedule = new FeeSchedule(new InMemoryFees(), sellers);
        schedule.setDefault(FeeRate.of(1_000, 30, EUR), "admin");
        schedule.setOverride(B, FeeRate.of(500, 0, EUR), "admin");
        placement = new OrderPlacement(products, sellers, schedule, orders, purchases);
        transitions = new PaymentTransitions(orders, refunds, inventory, new OrderNotices(notifications, sellers), purchases, transfers);
        mug = product(A, "Mug", new Money(1_200, EUR));
        teapot = product(A, "Teapot", new Money(2_500, EUR));
        kettle = product(B, "Kettle", new Money(4_000, EUR));
        spoon = product(C, "Spoon", new Money(300, EUR));
        lamp = product(C, "Lamp", new Money(5_000, CurrencyCode.of("usd")));
    }

    private ProductId product(SellerId seller, String name, Money price) {
        ProductId id = products.add(Product.create(seller, new ProductDetails(name, name + " of seller " + seller.value(), price, 5, true),
                Instant.now())).id();
        inventory.with(id, 5);
        return id;
    }
}
