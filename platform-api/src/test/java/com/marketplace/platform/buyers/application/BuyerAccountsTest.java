package com.marketplace.platform.buyers.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.buyers.domain.BuyerRefusal;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.fakes.InMemoryBuyers;
import com.marketplace.platform.fakes.InMemoryOrders;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderBuyer;
import com.marketplace.platform.orders.domain.OrderPricing;
import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.sellers.ChargeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a buyer's account shows, with the orders in memory: Ada (ada@example.com) and Bob
 * (bob@example.com) have accounts; guests bought too.
 */
class BuyerAccountsTest {

    private static final CurrencyCode EUR = CurrencyCode.of("eur");

    private final InMemoryBuyers buyers = new InMemoryBuyers();
    private final InMemoryOrders orders = new InMemoryOrders();
    private final BuyerAccounts accounts = new BuyerAccounts(buyers, orders);
    private final Buyer ada = buyers.add(Buyer.register("ada@example.com", "hash", "Ada", Instant.EPOCH));
    private final Buyer bob = buyers.add(Buyer.register("bob@example.com", "hash", "Bob", Instant.EPOCH));

    private Order order(String name, Optional<Buyer> signedIn) {
        return orders.add(Order.place(new ProductId(1), name, new SellerId(5), new PaymentRouting(ChargeType.DIRECT, "acct_5"),
                OrderPricing.of(new Money(1_000, EUR), 1, FeeRate.of(1_000, 0, EUR)), name + "-key", "hash",
                signedIn.map(buyer -> new OrderBuyer(buyer.id(), buyer.email())), Instant.EPOCH));
    }

    private Order guestOrderPaidBy(String name, String email) {
        Order order = order(name, Optional.empty());
        orders.recordBuyerEmail(order.id(), email, Instant.EPOCH);
        return order;
    }

    private List<String> purchasesOf(Buyer buyer) {
        return accounts.of(buyer.id()).purchases().stream().map(Order::productName).toList();
    }

    @Test
    void aBuyerSeesTheOrdersTheyPlacedSignedInNewestFirstAndNoOneElses() {
        order("Teapot", Optional.of(ada));
        order("Cup", Optional.of(bob));
        order("Saucer", Optional.of(ada));

        assertEquals(List.of("Saucer", "Teapot"), purchasesOf(ada));
        assertEquals(List.of("Cup"), purchasesOf(bob));
    }

    @Test
    void guestPurchasesPaidWithTheBuyersEmailAreTheirsTooButNotAnotherBuyersOrder() {
        guestOrderPaidBy("Bought as a guest", "ada@example.com");
        guestOrderPaidBy("Someone else's", "carol@example.com");
        Order bobsOwn = order("Bob's, paid with Ada's email", Optional.of(bob));
        orders.recordBuyerEmail(bobsOwn.id(), "ada@example.com", Instant.EPOCH);

        assertEquals(List.of("Bought as a guest"), purchasesOf(ada));
    }

    @Test
    void anUnknownBuyerIsNotFound() {
        BuyerRefusal refused = assertThrows(BuyerRefusal.class, () -> accounts.of(new BuyerId(99)));

        assertEquals(BuyerRefusal.Reason.NOT_FOUND, refused.reason());
    }
}
