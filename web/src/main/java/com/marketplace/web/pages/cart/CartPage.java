package com.marketplace.web.pages.cart;

import com.marketplace.platform.cart.application.CartHolder;
import com.marketplace.platform.cart.application.Carts;
import com.marketplace.platform.cart.application.PricedCart;
import com.marketplace.platform.cart.domain.Cart;
import com.marketplace.platform.cart.domain.CartLine;
import com.marketplace.platform.cart.domain.CartRefusal;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.error.RefusalMapper;
import com.marketplace.platform.orders.checkout.CartItem;
import com.marketplace.platform.orders.checkout.CheckoutService;
import com.marketplace.platform.orders.checkout.CheckoutService.StartedPurchase;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.web.pages.shop.BuyerOrders;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.security.CsrfTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cart ({@code GET /cart}) and its forms: add a product ({@code POST /cart/add}, from the product
 * page and the shop's cards), change a line's quantity ({@code POST /cart/lines/{product}}), remove
 * it ({@code POST /cart/lines/{product}/remove}), and check out ({@code POST /cart/checkout}: one
 * purchase for every line, then Stripe's page). A refused change (another currency, more than is
 * left) shows the cart again with the reason and the refusal's status; the cart is unchanged.
 */
@WebServlet({"/cart", "/cart/*"})
public class CartPage extends PageServlet {

    private static final Pattern LINE = Pattern.compile("/lines/(\\d{1,19})");
    private static final Pattern REMOVE = Pattern.compile("/lines/(\\d{1,19})/remove");

    @Inject
    Carts carts;

    @Inject
    CartHolders holders;

    @Inject
    CheckoutService checkout;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo() != null && !"/".equals(request.getPathInfo())) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        show(request, response, HttpServletResponse.SC_OK, Optional.empty());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        CartHolder cart = holders.of(request, caller());
        try {
            if ("/add".equals(path)) {
                ProductId product = new ProductId(positive(longParameter(request, "product", "Product")));
                carts.add(cart, product, quantity(request, true));
                Flash.set(request, "Added to your cart.");
            } else if ("/checkout".equals(path)) {
                checkout(request, response, cart);
                return;
            } else if (REMOVE.matcher(path).matches()) {
                carts.remove(cart, productOf(path, REMOVE));
                Flash.set(request, "Removed from your cart.");
            } else if (LINE.matcher(path).matches()) {
                carts.change(cart, productOf(path, LINE), quantity(request, false));
                Flash.set(request, "Quantity updated.");
            } else {
                throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
            }
        } catch (CartRefusal refused) {
            show(request, response, RefusalMapper.errorCodeOf(refused).status().getStatusCode(), Optional.of(refused.getMessage()));
            return;
        }
        seeOther(response, "/cart");
    }

    /**
     * Every line goes into one purchase (prices read again by the checkout, never from here). The
     * cart keeps its lines until the payment is confirmed ({@link CartCheckouts}).
     */
    private void checkout(HttpServletRequest request, HttpServletResponse response, CartHolder cart) throws IOException {
        PricedCart priced = carts.show(cart);
        if (!priced.allBuyable()) {
            show(request, response, priced.isEmpty() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_CONFLICT,
                    Optional.of(priced.isEmpty() ? "Your cart is empty." : "Some lines cannot be bought as they stand; change or remove them first."));
            return;
        }
        List<CartItem> items = priced.items().stream().map(line -> new CartItem(line.product(), line.quantity())).toList();
        StartedPurchase started = checkout.checkout(caller(), items, Optional.empty());
        for (OrderId order : started.orderIds()) {
            BuyerOrders.of(request).remember(order.value(), started.buyerToken());
        }
        BuyerOrders.of(request).rememberPurchase(started.purchaseId().value(), started.buyerToken());
        CartCheckouts.started(request, started.sessionId(), priced.items().stream().map(CartLine::product).toList());
        seeOther(response, started.url());
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, Optional<String> problem) throws IOException {
        CartView view = CartView.of(carts.show(holders.of(request, caller())), CsrfTokens.tokenFor(request), problem);
        render(request, response, status, "Your cart", "cart/cart.jte", view);
    }

    private static int quantity(HttpServletRequest request, boolean defaultOne) {
        if (defaultOne && (request.getParameter("quantity") == null || request.getParameter("quantity").isBlank())) {
            return 1;
        }
        long quantity = longParameter(request, "quantity", "Quantity");
        if (quantity < 1 || quantity > Cart.MAX_QUANTITY) {
            throw new CartRefusal(CartRefusal.Reason.VALIDATION_FAILED,
                    "Quantity must be between 1 and " + Cart.MAX_QUANTITY + ".");
        }
        return (int) quantity;
    }

    private static long positive(long id) {
        if (id < 1) {
            throw new CartRefusal(CartRefusal.Reason.PRODUCT_NOT_FOUND, "This product is not on sale.");
        }
        return id;
    }

    private static ProductId productOf(String path, Pattern route) {
        Matcher matcher = route.matcher(path);
        matcher.matches();
        try {
            return new ProductId(positive(Long.parseLong(matcher.group(1))));
        } catch (NumberFormatException beyondAnyId) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
    }
}
