package com.marketplace.web.pages.seller;

import com.marketplace.platform.orders.queries.OrderQueries;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.web.Html;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.pages.support.PageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A seller's orders, newest first (the list behind {@code GET /api/sellers/{id}/orders}), with a
 * refund form on each order that can still be refunded.
 */
@WebServlet("/seller/orders")
public class SellerOrdersPage extends PageServlet {

    static final int SHOWN = 100;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Inject
    OrderQueries orders;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SellerId> seller = requireSeller(request, response);
        if (seller.isEmpty()) {
            return;
        }
        List<Order> list = orders.list(seller, Optional.empty(), 0, SHOWN);
        if (list.isEmpty()) {
            render(request, response, "Your orders", "<p id=\"no-orders\">No orders yet.</p>");
            return;
        }
        StringBuilder table = new StringBuilder("<p class=\"muted\">The newest " + SHOWN + " orders, newest first. Fees are the"
                + " marketplace's, fixed when the buyer checked out.</p><div class=\"table-scroll\"><table id=\"orders\"><thead><tr>"
                + "<th scope=\"col\">Order</th><th scope=\"col\">Date</th><th scope=\"col\">Product</th><th scope=\"col\" class=\"amount\">Qty</th>"
                + "<th scope=\"col\" class=\"amount\">Total</th><th scope=\"col\" class=\"amount\">Fee</th><th scope=\"col\">Status</th>"
                + "<th scope=\"col\" class=\"amount\">Refunded</th><th scope=\"col\">Dispute</th><th scope=\"col\">Refund</th></tr></thead><tbody>");
        for (Order order : list) {
            table.append(row(order, request));
        }
        render(request, response, "Your orders", table.append("</tbody></table></div>").toString());
    }

    private static String row(Order order, HttpServletRequest request) {
        long id = order.id().value();
        String status = order.status().name();
        return "<tr data-order-id=\"" + id + "\"><td>" + id + "</td><td>" + WHEN.format(order.createdAt()) + "</td><td>"
                + Html.escape(order.productName()) + "</td><td class=\"amount\">" + order.quantity() + "</td><td class=\"amount\">"
                + money(order.total()) + "</td><td class=\"amount\">" + money(order.applicationFee()) + "</td><td><span class=\"status status-"
                + status.toLowerCase(Locale.ROOT) + "\">" + status.replace('_', ' ') + "</span></td><td class=\"amount\">"
                + (order.refunded().minorUnits() > 0 ? money(order.refunded()) : "—") + "</td><td>"
                + order.disputeId().map(dispute -> "Disputed" + order.disputeStatus().map(s -> " (" + Html.escape(s) + ")").orElse("")).orElse("—")
                + "</td><td>" + (OrderStatus.REFUNDABLE.contains(order.status()) ? refundForm(id, order.currency().value(), request) : "")
                + "</td></tr>";
    }

    private static String refundForm(long id, String currency, HttpServletRequest request) {
        return "<form method=\"post\" action=\"/seller/orders/" + id + "/refund\" class=\"refund-form row\">" + csrfField(request)
                + "<label for=\"refund-amount-" + id + "\">Amount in " + currency.toUpperCase(Locale.ROOT) + " (empty: all that is left)</label>"
                + "<input id=\"refund-amount-" + id + "\" name=\"amount\" type=\"text\" inputmode=\"decimal\" size=\"8\">"
                + "<div class=\"choice\"><input type=\"checkbox\" id=\"restock-" + id + "\" name=\"restock\" value=\"true\">"
                + "<label for=\"restock-" + id + "\">Put the items back in stock</label></div>"
                + "<button type=\"submit\" class=\"refund-button danger\">Refund order " + id + "</button></form>";
    }

    private static String money(Money amount) {
        return Html.escape(MoneyText.format(amount.minorUnits(), amount.currency().value()));
    }
}
