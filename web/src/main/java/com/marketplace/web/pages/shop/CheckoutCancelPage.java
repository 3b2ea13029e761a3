package com.marketplace.web.pages.shop;

import com.marketplace.platform.orders.domain.OrderRefusal;
import com.marketplace.platform.orders.queries.OrderQueries;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.web.pages.support.PageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Where Stripe sends a buyer who left its checkout page ({@code cancel_url}). It changes nothing:
 * anyone can type this address with any order id, and the buyer may still go back and pay in another
 * tab. The order closes when its Checkout Session expires (the reconciler settles it).
 */
@WebServlet("/checkout/cancel")
public class CheckoutCancelPage extends PageServlet {

    @Inject
    OrderQueries orders;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, "Checkout cancelled", "shop/checkoutCancelled.jte",
                productOfOwnOrder(request).map(order -> order.productId().value()));
    }

    // Only an order this browser started (its token is in the session) is read, and only to link back to its product.
    private Optional<Order> productOfOwnOrder(HttpServletRequest request) {
        long orderId;
        try {
            orderId = Long.parseLong(String.valueOf(request.getParameter("order_id")).trim());
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
        return BuyerOrders.existing(request).flatMap(mine -> mine.tokenFor(orderId)).flatMap(token -> {
            try {
                return Optional.of(orders.forBuyer(new OrderId(orderId), token));
            } catch (OrderRefusal gone) {
                return Optional.empty();
            }
        });
    }
}
