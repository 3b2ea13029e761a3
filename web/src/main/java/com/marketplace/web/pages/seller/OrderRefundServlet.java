package com.marketplace.web.pages.seller;

import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.orders.queries.OrderQueries;
import com.marketplace.platform.orders.refunds.RefundOutcome;
import com.marketplace.platform.orders.refunds.Refunds;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.pages.support.RefundForm;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A seller refunds one of their orders from the orders page: the same use case as
 * {@code POST /api/orders/{id}/refund} ({@link Refunds}), and the flash says which of the three
 * outcomes it had: done, left to the outbox because Stripe did not answer, or refused by Stripe.
 */
@WebServlet("/seller/orders/*")
public class OrderRefundServlet extends PageServlet {

    @Inject
    OrderQueries orders;

    @Inject
    Refunds refunds;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SellerId> seller = requireSeller(request, response);
        if (seller.isEmpty()) {
            return;
        }
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}/refund")) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        OrderId id = new OrderId(idFromPath(request));
        // Read first: another seller's order is "not found" before anything typed is even looked at.
        Order order = orders.forCaller(id, caller());
        RefundOutcome outcome = refunds.refund(id, RefundForm.amount(request.getParameter("amount"), order),
                request.getParameter("restock") != null, caller());
        Flash.set(request, RefundForm.flash(outcome, order));
        seeOther(response, "/seller/orders");
    }
}
