package com.marketplace.web.pages.admin;

import com.marketplace.platform.orders.queries.OrderQueries;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.web.Html;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.pages.support.PageServlet;
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
        List<Order> orders = queries.list(Optional.empty(), status, offset, PAGE_SIZE);
        StringBuilder body = new StringBuilder(filter(status))
                .append("<div class=\"table-scroll\"><table id=\"orders\"><thead><tr><th scope=\"col\">Order</th>")
                .append("<th scope=\"col\">Created</th><th scope=\"col\">Product</th><th scope=\"col\">Seller</th>")
                .append("<th scope=\"col\">Status</th><th scope=\"col\" class=\"amount\">Total</th><th scope=\"col\" class=\"amount\">Fee</th>")
                .append("<th scope=\"col\" class=\"amount\">Refunded</th><th scope=\"col\">Refund</th></tr></thead><tbody>");
        if (orders.isEmpty()) {
            body.append("<tr><td colspan=\"9\" id=\"no-orders\">No orders here.</td></tr>");
        }
        orders.forEach(order -> body.append(row(request, order)));
        String base = "/admin/orders?" + status.map(s -> "status=" + s.name() + "&").orElse("");
        body.append("</tbody></table></div>").append(AdminPaging.links(base, offset, PAGE_SIZE, orders.size()));
        render(request, response, "Orders", body.toString());
    }

    private static String filter(Optional<OrderStatus> selected) {
        StringBuilder form = new StringBuilder("<form method=\"get\" action=\"/admin/orders\" class=\"row\" id=\"status-filter\">")
                .append("<label for=\"status\">Status</label><select id=\"status\" name=\"status\"><option value=\"\">All</option>");
        for (OrderStatus status : OrderStatus.values()) {
            form.append("<option value=\"").append(status.name()).append('"').append(selected.filter(status::equals).isPresent() ? " selected" : "")
                    .append('>').append(AdminText.words(status.name())).append("</option>");
        }
        return form.append("</select><button type=\"submit\" id=\"show-orders\">Show</button></form>").toString();
    }

    private static String row(HttpServletRequest request, Order order) {
        long id = order.id().value();
        String currency = order.currency().value();
        StringBuilder row = new StringBuilder("<tr data-order-id=\"").append(id).append("\" data-status=\"").append(order.status().name())
                .append('"').append(order.status() == OrderStatus.DISPUTED ? " class=\"disputed\"" : "").append('>')
                .append("<th scope=\"row\">").append(id).append("</th><td>").append(AdminText.time(order.createdAt())).append("</td><td>")
                .append(Html.escape(order.productName())).append(" × ").append(order.quantity()).append("</td><td>")
                .append(order.sellerId().value()).append(" (").append(Html.escape(AdminText.words(order.routing().chargeType().name())))
                .append(")</td><td>").append(AdminText.status(order.status().name()));
        if (order.status() == OrderStatus.DISPUTED) {
            row.append(" <strong>Needs attention</strong>");
        }
        order.disputeStatus().ifPresent(dispute -> row.append("<br><span class=\"muted\">Dispute: ").append(Html.escape(dispute)).append("</span>"));
        order.problem().ifPresent(problem -> row.append("<br><span class=\"muted\">").append(Html.escape(problem)).append("</span>"));
        row.append("</td>").append(amount(order.total().minorUnits(), currency)).append(amount(order.applicationFee().minorUnits(), currency))
                .append(amount(order.refunded().minorUnits(), currency)).append("<td>");
        if (OrderStatus.REFUNDABLE.contains(order.status())) {
            row.append(refundForm(request, order));
        }
        return row.append("</td></tr>").toString();
    }

    private static String refundForm(HttpServletRequest request, Order order) {
        long id = order.id().value();
        String code = order.currency().value().toUpperCase(Locale.ROOT);
        return "<form method=\"post\" action=\"/admin/orders/" + id + "/refund\" class=\"stacked\" id=\"refund-" + id + "\">" + csrfField(request)
                + "<label for=\"refund-amount-" + id + "\">Amount in " + code + " (empty: all that is left)</label>"
                + "<input id=\"refund-amount-" + id + "\" name=\"amount\" type=\"text\" inputmode=\"decimal\">"
                + "<div class=\"choice\"><input type=\"checkbox\" id=\"refund-restock-" + id + "\" name=\"restock\" value=\"true\">"
                + "<label for=\"refund-restock-" + id + "\">Put the items back in stock</label></div>"
                + "<button type=\"submit\" class=\"danger\" id=\"refund-button-" + id + "\">Refund</button></form>";
    }

    private static String amount(long minorUnits, String currency) {
        return "<td class=\"amount\">" + Html.escape(MoneyText.format(minorUnits, currency)) + "</td>";
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
