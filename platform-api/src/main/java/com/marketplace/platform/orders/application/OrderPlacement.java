package com.marketplace.platform.orders.application;

import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.catalog.domain.ProductRepository;
import com.marketplace.platform.fees.application.FeeSchedule;
import com.marketplace.platform.money.SupportedCurrencies;
import com.marketplace.platform.orders.domain.BuyerToken;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderPricing;
import com.marketplace.platform.orders.domain.OrderRepository;
import com.marketplace.platform.orders.domain.PaymentRouting;
import com.marketplace.platform.sellers.SellerStanding;
import com.marketplace.platform.sellers.SellerStandings;
import com.marketplace.platform.shared.error.ApiException;
import com.marketplace.platform.shared.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The first step of a checkout: the order, committed PENDING before Stripe hears of it, with the
 * price from the product row, the fee from the schedule and the seller's account and charge type
 * as they are now. Nothing the buyer sends besides the product and the quantity is used.
 *
 * <p>Stock is checked, not taken: it moves only when a payment is confirmed. The seller's standing
 * is read under a shared lock, so a seller restricted meanwhile either waits for this order or is
 * seen restricted by it.
 */
@ApplicationScoped
public class OrderPlacement {

    private ProductRepository products;
    private SellerStandings standings;
    private FeeSchedule fees;
    private OrderRepository orders;
    private Clock clock;

    protected OrderPlacement() {
        // for CDI proxies
    }

    @Inject
    public OrderPlacement(ProductRepository products, SellerStandings standings, FeeSchedule fees, OrderRepository orders) {
        this.products = products;
        this.standings = standings;
        this.fees = fees;
        this.orders = orders;
        this.clock = Clock.systemUTC();
    }

    public record PlacedOrder(Order order, String buyerToken) {
    }

    @Transactional
    public PlacedOrder place(ProductId productId, int quantity) {
        Product product = products.find(productId)
                .orElseThrow(() -> new ApiException(ErrorCode.PRODUCT_NOT_FOUND, "No product with id " + productId));
        SellerStanding seller = standings.findForShare(product.sellerId())
                .orElseThrow(() -> new ApiException(ErrorCode.PRODUCT_NOT_FOUND, "No product with id " + productId));
        if (!product.isActive()) {
            throw new ApiException(ErrorCode.PRODUCT_NOT_AVAILABLE, "Product " + productId + " is not on sale");
        }
        if (!seller.maySell()) {
            throw new ApiException(ErrorCode.SELLER_NOT_ACTIVE, "The seller of product " + productId + " cannot take payments at the moment");
        }
        if (quantity > product.stock()) {
            throw new ApiException(ErrorCode.INSUFFICIENT_STOCK, "Only " + product.stock() + " of product " + productId
                    + " left; asked for " + quantity);
        }
        OrderPricing pricing = OrderPricing.of(product.price(), quantity, fees.rateFor(seller.id(), product.price().currency()));
        if (pricing.subtotal().minorUnits() > SupportedCurrencies.MAX_AMOUNT) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "An order totals at most " + SupportedCurrencies.MAX_AMOUNT
                    + " minor units (Stripe's limit); " + quantity + " of product " + productId + " make " + pricing.subtotal());
        }
        PaymentRouting routing = new PaymentRouting(seller.chargeType(), seller.stripeAccountId().orElseThrow());
        String token = BuyerToken.generate();
        Order order = orders.add(Order.place(productId, product.name(), seller.id(), routing, pricing,
                UUID.randomUUID().toString(), BuyerToken.hashOf(token), Instant.now(clock)));
        return new PlacedOrder(order, token);
    }
}
