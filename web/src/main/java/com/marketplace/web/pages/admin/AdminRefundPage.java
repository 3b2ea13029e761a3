package com.marketplace.web.pages.admin;

import com.marketplace.platform.orders.application.OrderQueries;
import com.marketplace.platform.orders.application.RefundExecutor;
import com.marketplace.platform.orders.application.RefundRequests;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.pages.support.PageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The admin's refund of an order ({@code POST /admin/orders/{id}/refund}): the same request and
 * immediate attempt as {@code POST /api/orders/{id}/refund}, then back to the orders page with
 * what happened. Refusals (not refundable, more than is left) are pages with the API's status.
 */
@WebServlet("/admin/orders/*")
public class AdminRefundPage extends PageServlet {

    @Inject
    OrderQueries queries;

    @Inject
    RefundRequests refunds;

    @Inject
    RefundExecutor executor;

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
        Optional<Long> amount = amount(request.getParameter("amount"), order);
        boolean restock = "true".equals(request.getParameter("restock"));
        String admin = Optional.ofNullable(caller().adminEmail()).orElse("admin");
        OrderRefund owed = refunds.request(id, amount, restock, caller(), admin);
        executor.executeNow(owed.id());
        OrderRefund refund = queries.refundsOf(id).stream().filter(r -> r.id() == owed.id()).findFirst().orElse(owed);
        String money = MoneyText.format(refund.amount(), order.currency().value());
        Flash.set(request, switch (refund.status()) {
            case SUCCEEDED -> "Refunded " + money + " of order " + id.value() + (restock ? "; the items are back in stock." : ".");
            case PENDING -> "The refund of " + money + " of order " + id.value() + " is queued: Stripe did not answer yet, it is retried until it does.";
            case FAILED -> "Stripe refused the refund of " + money + " of order " + id.value() + ": " + refund.lastError().orElse("no reason given")
                    + ". It is recorded as failed.";
        });
        seeOther(response, "/admin/orders");
    }

    /** Empty for all that is left; otherwise a positive amount in the order's currency, or a 400 page. */
    static Optional<Long> amount(String typed, Order order) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        OptionalLong parsed = MoneyText.parse(typed, order.currency().value());
        if (parsed.isEmpty() || parsed.getAsLong() <= 0) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "The refund amount must be a positive amount in "
                    + order.currency().value().toUpperCase(java.util.Locale.ROOT) + ", like 12.50, or empty for all that is left");
        }
        return Optional.of(parsed.getAsLong());
    }
}
