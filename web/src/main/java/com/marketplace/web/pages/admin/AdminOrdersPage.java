package com.marketplace.web.pages.admin;

import com.marketplace.platform.orders.queries.OrderQueries;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.security.CsrfTokens;
import com.marketplace.platform.kernel.paging.PageRequest;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every seller's orders, newest first, optionally of one status: disputed orders stand out (they
 * need the admin), refundable ones have a refund form ({@link AdminRefundPage} carries it out).
 */
@WebServlet("/admin/orders")
public class AdminOrdersPage extends PageServlet {

    static final int PAGE_SIZE = 50;

    @Inject
    OrderQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!requireAdmin(request, response)) {
            return;
        }
        Optional<OrderStatus> status = status(request.getParameter("status"));
        int offset = AdminPaging.offset(request);
        List<Order> orders = queries.list(Optional.empty(), status, PageRequest.atOffset(offset, PAGE_SIZE)).items();
        String base = "/admin/orders?" + status.map(s -> "status=" + s.name() + "&").orElse("");
        render(request, response, "Orders", "admin/orders.jte", new AdminOrdersView(CsrfTokens.tokenFor(request), status.map(Enum::name),
                Arrays.stream(OrderStatus.values()).map(Enum::name).toList(), orders.stream().map(AdminOrdersPage::row).toList(),
                new AdminPaging.Paging(base, offset, PAGE_SIZE, orders.size())));
    }

    static AdminOrdersView.Row row(Order order) {
        String currency = order.currency().value();
        return new AdminOrdersView.Row(order.id().value(), AdminText.time(order.createdAt()), order.productName(), order.quantity(),
                order.sellerId().value(), order.routing().chargeType().name(), order.status().name(), order.status() == OrderStatus.DISPUTED,
                order.disputeStatus(), order.problem(), MoneyText.format(order.total().minorUnits(), currency),
                MoneyText.format(order.applicationFee().minorUnits(), currency), MoneyText.format(order.refunded().minorUnits(), currency),
                currency.toUpperCase(Locale.ROOT), OrderStatus.REFUNDABLE.contains(order.status()), order.purchaseId().value());
    }

    /** The filter: empty for all; an unknown status is a 400 naming the valid ones, not an empty list. */
    static Optional<OrderStatus> status(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrderStatus.valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Status must be one of " + Arrays.toString(OrderStatus.values()));
        }
    }
}
