package com.marketplace.web.pages.admin;

import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
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

/**
 * The admin's refund of an order ({@code POST /admin/orders/{id}/refund}): the same use case as
 * {@code POST /api/orders/{id}/refund} ({@link Refunds}), then back to the orders page with what
 * happened. Refusals (not refundable, more than is left) are pages with the API's status.
 */
@WebServlet("/admin/orders/*")
public class AdminRefundPage extends PageServlet {

    @Inject
    OrderQueries queries;

    @Inject
    Refunds refunds;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!requireAdmin(request, response)) {
            return;
        }
        if (request.getPathInfo() == null || !request.getPathInfo().matches("/\\d+/refund")) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        OrderId id = new OrderId(idFromPath(request));
        Order order = queries.forCaller(id, caller());
        RefundOutcome outcome = refunds.refund(id, RefundForm.amount(request.getParameter("amount"), order),
                "true".equals(request.getParameter("restock")), caller());
        Flash.set(request, RefundForm.flash(outcome, order));
        seeOther(response, "/admin/orders");
    }
}
