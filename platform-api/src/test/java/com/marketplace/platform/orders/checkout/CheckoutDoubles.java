package com.marketplace.platform.orders.checkout;

import com.marketplace.platform.orders.workers.OrderSettings;
import com.marketplace.platform.orders.payment.PaymentTransitions;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.fees.domain.FeeRate;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.domain.BuyerToken;
import com.marketplace.platform.orders.domain.Discount;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderBuyer;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderPricing;
import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.sellers.ChargeType;
import com.marketplace.platform.kernel.ids.SellerId;
import java.lang.reflect.Field;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The in-memory stand-ins of a checkout's collaborators other than Stripe, and the order they work on. */
final class CheckoutDoubles {

    static final CurrencyCode EUR = CurrencyCode.of("eur");
    static final PaymentRouting DIRECT = new PaymentRouting(ChargeType.DIRECT, "acct_seller1");
    static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");

    private CheckoutDoubles() {
    }

    /** Order 7: 4000 eur of a product, 2000 off with promo_half, 10 % fee on the 2000 paid; as the database assigned its id. */
    static Order halfPriceOrder() {
        return halfPriceOrderOf(Optional.empty());
    }

    /** The half-price order, placed by {@code buyer} when one was signed in. */
    static Order halfPriceOrderOf(Optional<OrderBuyer> buyer) {
        OrderPricing pricing = OrderPricing.of(new Money(4_000, EUR), 1, FeeRate.of(1_000, 0, EUR),
                Optional.of(new Discount("promo_half", new Money(2_000, EUR))));
        Order order = Order.place(new ProductId(3), "Vase", new SellerId(5), DIRECT, pricing, "8d9e4a52-6c1b-4f7e-9a3d-2b5c7e1f0a64",
                BuyerToken.hashOf("token"), buyer, NOW);
        try {
            Field id = Order.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(order, 7L);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Order has no settable id", e);
        }
        return order;
    }

    /** The order transitions, recording what was asked of them; {@code current} answers the order as it was given. */
    static final class Transitions extends PaymentTransitions {

        final List<String> attached = new ArrayList<>();
        final List<String> givenUp = new ArrayList<>();
        private final Order order;

        Transitions(Order order) {
            this.order = order;
        }

        @Override
        public boolean attachSession(OrderId id, String sessionId, String url, Instant expiresAt) {
            attached.add(id + " " + sessionId);
            return true;
        }

        @Override
        public Optional<Order> current(OrderId id) {
            return Optional.of(order);
        }

        @Override
        public boolean giveUp(Order given, String problem) {
            givenUp.add(given.id() + ": " + problem);
            return true;
        }
    }

    static final class Settings extends OrderSettings {

        @Override
        public Duration sessionLifetime() {
            return Duration.ofHours(1);
        }

        @Override
        public String successUrl() {
            return "https://shop.test/checkout/success?session_id={CHECKOUT_SESSION_ID}";
        }

        @Override
        public URI cancelUrl(long orderId) {
            return URI.create("https://shop.test/checkout/cancel?order_id=" + orderId);
        }
    }
}
