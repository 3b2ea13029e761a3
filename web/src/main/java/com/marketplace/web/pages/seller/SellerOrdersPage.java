package com.marketplace.web.pages.seller;

import com.marketplace.platform.orders.queries.OrderQueries;
import com.marketplace.platform.orders.domain.OrderLine;
import com.marketplace.platform.orders.domain.OrderTransfer;
import com.marketplace.web.pages.support.OrderPartText;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.kernel.money.Money;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.security.CsrfTokens;
import com.marketplace.platform.kernel.paging.PageRequest;
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
        List<Order> list = orders.list(seller, Optional.empty(), PageRequest.first(SHOWN)).items();
        render(request, response, "Your orders", "seller/orders.jte",
                new SellerOrdersView(CsrfTokens.tokenFor(request), SHOWN, list.stream().map(order -> row(order, orders.linesOf(order.id()), orders.transferOf(order.id()))).toList()));
    }

    static SellerOrdersView.Row row(Order order, List<OrderLine> lines, Optional<OrderTransfer> transfer) {
        return new SellerOrdersView.Row(order.id().value(), WHEN.format(order.createdAt()), order.productName(), order.quantity(),
                money(order.total()), money(order.applicationFee()), order.status().name(),
                order.refunded().minorUnits() > 0 ? Optional.of(money(order.refunded())) : Optional.empty(),
                order.disputeId().map(dispute -> order.disputeStatus().orElse("")), order.currency().value().toUpperCase(Locale.ROOT),
                OrderStatus.REFUNDABLE.contains(order.status()), OrderPartText.lines(order, lines), OrderPartText.transfer(transfer));
    }

    private static String money(Money amount) {
        return MoneyText.format(amount.minorUnits(), amount.currency().value());
    }
}
