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
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.orders.domain.OrderLine;
import com.marketplace.platform.orders.domain.PricedLine;
import com.marketplace.platform.orders.domain.Purchase;
import com.marketplace.platform.orders.domain.PurchaseRepository;
import com.marketplace.platform.orders.domain.PurchaseRouting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Lines per checkout; the Checkout Session takes at most 100 line items. */
    public static final int MAX_LINES = 100;

    public static final int MAX_QUANTITY = 1_000;

    private static final int PRODUCT_NAME_LENGTH = 200;

    private ProductRepository products;
    private SellerDirectory sellers;
    private FeeSchedule fees;
    private OrderRepository orders;
    private BuyerDirectory buyers;
    private PurchaseRepository purchases;
    private Clock clock;

    protected OrderPlacement() {
        // for CDI proxies
    }

    /** Guests only: no buyer has an account. */
    public OrderPlacement(ProductRepository products, SellerDirectory sellers, FeeSchedule fees, OrderRepository orders,
                          PurchaseRepository purchases) {
        this(products, sellers, fees, orders, buyer -> Optional.empty(), purchases);
    }

    @Inject
    public OrderPlacement(ProductRepository products, SellerDirectory sellers, FeeSchedule fees, OrderRepository orders,
                          BuyerDirectory buyers, PurchaseRepository purchases) {
        this.purchases = purchases;
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

    /**
     * Where a cart's promotion code must be looked up: the account of its one seller, as {@link #routingFor}.
     * A cart across sellers takes no code: refused before anything is asked of Stripe.
     */
    @Transactional
    public PaymentRouting routingForCart(List<CartItem> items) {
        Map<ProductId, Integer> merged = merged(items);
        java.util.Set<SellerId> sellersOfCart = new java.util.LinkedHashSet<>();
        for (ProductId id : merged.keySet()) {
            sellersOfCart.add(product(id).sellerId());
        }
        if (sellersOfCart.size() > 1) {
            throw codeAcrossSellers(sellersOfCart.size());
        }
        return routingFor(merged.keySet().iterator().next());
    }

    private static OrderRefusal codeAcrossSellers(int sellerCount) {
        return new OrderRefusal(OrderRefusal.Reason.PROMOTION_CODE_INVALID, "A promotion code applies to a cart from one seller only;"
                + " this cart has products from " + sellerCount + " sellers. Nothing was created.");
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
        PlacedPurchase placed = placeCart(List.of(new CartItem(productId, quantity)), promotion, buyer);
        return new PlacedOrder(placed.orders().get(0), placed.buyerToken());
    }

    /**
     * A cart's purchase, committed before Stripe hears of it: one order per seller (in the order of
     * each seller's first line) with its lines, each order's fee from its seller's schedule on what
     * the buyer pays for that order. Lines of the same product are merged. One seller: the purchase
     * is charged with that seller's charge type, and a promotion code applies to its order. Several
     * sellers: separate charges and transfers, and no promotion code (a code lives on one account
     * and would discount the whole payment, not one seller's share).
     */
    @Transactional
    public PlacedPurchase placeCart(List<CartItem> items, Optional<EnteredPromotion> promotion, Optional<BuyerId> buyer) {
        Map<ProductId, Integer> merged = merged(items);
        Map<SellerId, SellerStanding> sellersOfCart = new LinkedHashMap<>();
        Map<SellerId, List<PricedLine>> linesBySeller = new LinkedHashMap<>();
        CurrencyCode currency = null;
        for (Map.Entry<ProductId, Integer> item : merged.entrySet()) {
            Product product = product(item.getKey());
            SellerStanding seller = sellersOfCart.get(product.sellerId());
            if (seller == null) {
                seller = sellers.findForShare(product.sellerId())
                        .orElseThrow(() -> new OrderRefusal(OrderRefusal.Reason.PRODUCT_NOT_FOUND, "No product with id " + item.getKey()));
                sellersOfCart.put(product.sellerId(), seller);
            }
            requireOnSale(product, seller);
            int quantity = item.getValue();
            if (quantity > product.stock()) {
                throw new OrderRefusal(OrderRefusal.Reason.INSUFFICIENT_STOCK, "Only " + product.stock() + " of product " + item.getKey()
                        + " left; asked for " + quantity);
            }
            CurrencyCode priced = product.price().currency();
            if (currency != null && !currency.equals(priced)) {
                throw new OrderRefusal(OrderRefusal.Reason.MIXED_CURRENCIES, "A purchase is paid in one currency; product "
                        + item.getKey() + " is priced in " + priced.value() + ", the cart's other products in " + currency.value());
            }
            currency = priced;
            linesBySeller.computeIfAbsent(product.sellerId(), id -> new ArrayList<>())
                    .add(new PricedLine(item.getKey(), product.name(), quantity, product.price()));
        }
        boolean separate = linesBySeller.size() > 1;
        if (separate && promotion.isPresent()) {
            throw codeAcrossSellers(linesBySeller.size());
        }
        Instant now = Instant.now(clock);
        List<NewOrder> planned = new ArrayList<>();
        long purchaseTotal = 0;
        for (Map.Entry<SellerId, List<PricedLine>> part : linesBySeller.entrySet()) {
            SellerStanding seller = sellersOfCart.get(part.getKey());
            PaymentRouting routing = separate ? PaymentRouting.separateTransfer(seller.chargeType(), seller.stripeAccountId().orElseThrow())
                    : routingOf(seller);
            if (promotion.isPresent() && !promotion.get().lookedUpFor().requestAccount().equals(routing.requestAccount())) {
                throw new OrderRefusal(OrderRefusal.Reason.CONFLICT, "The seller's payment settings changed while the checkout started;"
                        + " nothing was created. Try again.");
            }
            List<PricedLine> lines = part.getValue();
            Money subtotal = sum(lines);
            Optional<Discount> discount = promotion.map(entered -> entered.code().discountOn(subtotal, now));
            OrderPricing pricing = OrderPricing.ofLines(lines, fees.rateFor(seller.id(), currency), discount);
            purchaseTotal += pricing.total().minorUnits();
            if (pricing.subtotal().minorUnits() > SupportedCurrencies.MAX_AMOUNT || purchaseTotal > SupportedCurrencies.MAX_AMOUNT) {
                throw new OrderRefusal(OrderRefusal.Reason.VALIDATION_FAILED, "A purchase totals at most " + SupportedCurrencies.MAX_AMOUNT
                        + " minor units (Stripe's limit); this cart makes more");
            }
            planned.add(new NewOrder(seller.id(), routing, lines, pricing));
        }
        Optional<OrderBuyer> owner = buyer.flatMap(buyers::find);
        String token = BuyerToken.generate();
        PurchaseRouting purchaseRouting = separate ? PurchaseRouting.SEPARATE_TRANSFERS
                : PurchaseRouting.of(planned.get(0).routing().chargeType());
        Purchase purchase = purchases.add(Purchase.open(UUID.randomUUID().toString(), owner.map(OrderBuyer::id),
                new Money(purchaseTotal, currency), purchaseRouting, now));
        List<Order> orders = new ArrayList<>();
        for (NewOrder part : planned) {
            List<PricedLine> lines = part.lines();
            Order order = this.orders.add(Order.place(lines.get(0).productId(), summaryName(lines), part.seller(), part.routing(),
                    part.pricing(), UUID.randomUUID().toString(), BuyerToken.hashOf(token), owner, now).within(purchase.id(), separate));
            for (int i = 0; i < lines.size(); i++) {
                purchases.addLine(OrderLine.of(order.id(), i + 1, lines.get(i)));
            }
            orders.add(order);
        }
        return new PlacedPurchase(purchase, orders, token);
    }

    /** A purchase just placed, its orders (one per seller) and the token that reads them (shown to the buyer once). */
    public record PlacedPurchase(Purchase purchase, List<Order> orders, String buyerToken) {
    }

    private record NewOrder(SellerId seller, PaymentRouting routing, List<PricedLine> lines, OrderPricing pricing) {
    }

    // Lines of the same product are one line: the stock check and the session then see the quantity the buyer wants in all.
    private static Map<ProductId, Integer> merged(List<CartItem> items) {
        if (items.isEmpty()) {
            throw new OrderRefusal(OrderRefusal.Reason.VALIDATION_FAILED, "A checkout needs at least one item");
        }
        if (items.size() > MAX_LINES) {
            throw new OrderRefusal(OrderRefusal.Reason.VALIDATION_FAILED, "A checkout has at most " + MAX_LINES + " lines");
        }
        Map<ProductId, Integer> merged = new LinkedHashMap<>();
        for (CartItem item : items) {
            if (item.quantity() < 1 || item.quantity() > MAX_QUANTITY) {
                throw new OrderRefusal(OrderRefusal.Reason.VALIDATION_FAILED, "quantity of product " + item.productId()
                        + " must be between 1 and " + MAX_QUANTITY);
            }
            merged.merge(item.productId(), item.quantity(), Integer::sum);
        }
        return merged;
    }

    private static Money sum(List<PricedLine> lines) {
        long units = 0;
        for (PricedLine line : lines) {
            units = Math.addExact(units, line.subtotal().minorUnits());
        }
        return new Money(units, lines.get(0).unitPrice().currency());
    }

    // The order's own product columns describe its first line; its name says how many more there are.
    static String summaryName(List<PricedLine> lines) {
        String first = lines.get(0).productName();
        if (lines.size() == 1) {
            return first;
        }
        String more = " and " + (lines.size() - 1) + " more";
        int room = PRODUCT_NAME_LENGTH - more.length();
        return (first.length() > room ? first.substring(0, room) : first) + more;
    }

    private Product product(ProductId productId) {
        return products.find(productId)
                .orElseThrow(() -> new OrderRefusal(OrderRefusal.Reason.PRODUCT_NOT_FOUND, "No product with id " + productId));
    }

    private static void requireOnSale(Product product, SellerStanding seller) {
        if (!product.isActive()) {
            throw new OrderRefusal(OrderRefusal.Reason.PRODUCT_NOT_AVAILABLE, "Product " + product.id() + " is not on sale");
        }
        seller.refusal().ifPresent(refused -> {
            throw new OrderRefusal(OrderRefusal.Reason.valueOf(refused.code()), refused.message() + " (product " + product.id() + ")");
        });
    }

    private static PaymentRouting routingOf(SellerStanding seller) {
        return new PaymentRouting(seller.chargeType(), seller.stripeAccountId().orElseThrow());
    }
}
