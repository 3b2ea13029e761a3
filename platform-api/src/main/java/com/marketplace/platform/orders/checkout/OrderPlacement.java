package com.marketplace.platform.orders.checkout;

import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.catalog.domain.ProductRepository;
import com.marketplace.platform.fees.application.FeeSchedule;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.platform.orders.domain.BuyerDirectory;
import com.marketplace.platform.orders.domain.BuyerToken;
import com.marketplace.platform.orders.domain.Discount;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderBuyer;
import com.marketplace.platform.orders.domain.OrderPricing;
import com.marketplace.platform.orders.domain.OrderRepository;
import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.sellers.SellerStanding;
import com.marketplace.platform.sellers.SellerDirectory;
import com.marketplace.platform.orders.domain.OrderRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The first step of a checkout: the order, committed PENDING before Stripe hears of it, with the
 * price from the product row, the discount of the promotion code the buyer entered (as Stripe
 * reported it), the fee from the schedule on what the buyer pays, and the seller's account and
 * charge type as they are now, and the buyer it belongs to when one is signed in (who that is comes
 * from the caller's authentication, never from the request). Nothing the buyer sends besides the
 * product, the quantity and the code is used.
 *
 * <p>Stock is checked, not taken: it moves only when a payment is confirmed. The seller's standing
 * is read under a shared lock, so a seller restricted meanwhile either waits for this order or is
 * seen restricted by it.
 */
@ApplicationScoped
public class OrderPlacement {

    private ProductRepository products;
    private SellerDirectory sellers;
    private FeeSchedule fees;
    private OrderRepository orders;
    private BuyerDirectory buyers;
    private Clock clock;

    protected OrderPlacement() {
        // for CDI proxies
    }

    /** Guests only: no buyer has an account. */
    public OrderPlacement(ProductRepository products, SellerDirectory sellers, FeeSchedule fees, OrderRepository orders) {
        this(products, sellers, fees, orders, buyer -> Optional.empty());
    }

    @Inject
    public OrderPlacement(ProductRepository products, SellerDirectory sellers, FeeSchedule fees, OrderRepository orders,
                          BuyerDirectory buyers) {
        this.products = products;
        this.sellers = sellers;
        this.fees = fees;
        this.orders = orders;
        this.buyers = buyers;
        this.clock = Clock.systemUTC();
    }

    public record PlacedOrder(Order order, String buyerToken) {
    }

    /**
     * Where a checkout of this product would be paid, as its seller stands now: where the buyer's
     * promotion code must be looked up (a code lives on the account that will create the session).
     * Refuses as {@link #place} would a product that cannot be bought.
     */
    @Transactional
    public PaymentRouting routingFor(ProductId productId) {
        Product product = product(productId);
        SellerStanding seller = sellers.find(product.sellerId())
                .orElseThrow(() -> new OrderRefusal(OrderRefusal.Reason.PRODUCT_NOT_FOUND, "No product with id " + productId));
        requireOnSale(product, seller);
        return routingOf(seller);
    }

    public PlacedOrder place(ProductId productId, int quantity, Optional<EnteredPromotion> promotion) {
        return place(productId, quantity, promotion, Optional.empty());
    }

    /**
     * {@code promotion}: the code the buyer entered, as Stripe reported it on the account {@link #routingFor} named;
     * {@code buyer}: the buyer signed in, whose order this is (empty for a guest).
     */
    @Transactional
    public PlacedOrder place(ProductId productId, int quantity, Optional<EnteredPromotion> promotion, Optional<BuyerId> buyer) {
        Product product = product(productId);
        SellerStanding seller = sellers.findForShare(product.sellerId())
                .orElseThrow(() -> new OrderRefusal(OrderRefusal.Reason.PRODUCT_NOT_FOUND, "No product with id " + productId));
        requireOnSale(product, seller);
        if (quantity > product.stock()) {
            throw new OrderRefusal(OrderRefusal.Reason.INSUFFICIENT_STOCK, "Only " + product.stock() + " of product " + productId
                    + " left; asked for " + quantity);
        }
        PaymentRouting routing = routingOf(seller);
        Instant now = Instant.now(clock);
        if (promotion.isPresent() && !promotion.get().lookedUpFor().requestAccount().equals(routing.requestAccount())) {
            throw new OrderRefusal(OrderRefusal.Reason.CONFLICT, "The seller's payment settings changed while the checkout started;"
                    + " nothing was created. Try again.");
        }
        Optional<Discount> discount = promotion.map(entered -> entered.code().discountOn(product.price().times(quantity), now));
        OrderPricing pricing = OrderPricing.of(product.price(), quantity, fees.rateFor(seller.id(), product.price().currency()), discount);
        if (pricing.subtotal().minorUnits() > SupportedCurrencies.MAX_AMOUNT) {
            throw new OrderRefusal(OrderRefusal.Reason.VALIDATION_FAILED, "An order totals at most " + SupportedCurrencies.MAX_AMOUNT
                    + " minor units (Stripe's limit); " + quantity + " of product " + productId + " make " + pricing.subtotal());
        }
        Optional<OrderBuyer> owner = buyer.flatMap(buyers::find);
        String token = BuyerToken.generate();
        Order order = orders.add(Order.place(productId, product.name(), seller.id(), routing, pricing,
                UUID.randomUUID().toString(), BuyerToken.hashOf(token), owner, now));
        return new PlacedOrder(order, token);
    }

    private Product product(ProductId productId) {
        return products.find(productId)
                .orElseThrow(() -> new OrderRefusal(OrderRefusal.Reason.PRODUCT_NOT_FOUND, "No product with id " + productId));
    }

    private static void requireOnSale(Product product, SellerStanding seller) {
        if (!product.isActive()) {
            throw new OrderRefusal(OrderRefusal.Reason.PRODUCT_NOT_AVAILABLE, "Product " + product.id() + " is not on sale");
        }
        if (!seller.maySell()) {
            throw new OrderRefusal(OrderRefusal.Reason.SELLER_NOT_ACTIVE, "The seller of product " + product.id() + " cannot take payments at the moment");
        }
    }

    private static PaymentRouting routingOf(SellerStanding seller) {
        return new PaymentRouting(seller.chargeType(), seller.stripeAccountId().orElseThrow());
    }
}
