package com.marketplace.web.pages.admin;

import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.PurchaseId;
import com.marketplace.platform.orders.money.MoneyMovements;
import com.marketplace.platform.orders.queries.OrderQueries;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.platform.sellers.SellerDirectory;
import com.marketplace.platform.sellers.SellerStanding;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.pages.support.PurchaseView;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A purchase as the admin sees it ({@code GET /admin/purchases/{id}}, linked from each order on
 * {@code /admin/orders}): every seller's order with its lines, fee, charge type, transfer (amount,
 * state, what was reversed) and refunds, then every money movement between the platform and the sellers
 * (transfers, reversals for refunds and disputes, transfers back, what was absorbed or not recovered).
 */
@WebServlet("/admin/purchases/*")
public class AdminPurchasePage extends PageServlet {

    @Inject
    OrderQueries orders;

    @Inject
    SellerDirectory sellers;

    @Inject
    MoneyMovements movements;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!requireAdmin(request, response)) {
            return;
        }
        if (request.getPathInfo() == null || !request.getPathInfo().matches("/\\d{1,18}")) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        PurchaseId id = new PurchaseId(idFromPath(request));
        render(request, response, "Purchase " + id.value(), "purchase/purchase.jte",
                PurchaseView.of(orders.purchase(id, caller(), null), true, this::sellerName, order -> orders.refundsOf(order.id()))
                        .withMovements(movements.ofPurchase(id).stream().map(AdminPurchasePage::movement).toList()));
    }

    private String sellerName(Order order) {
        return sellers.find(order.sellerId()).map(SellerStanding::displayName).orElse("Seller " + order.sellerId().value());
    }

    private static PurchaseView.Movement movement(MoneyMovements.Movement movement) {
        return new PurchaseView.Movement(movement.orderId(), AdminText.words(movement.kind().name()), AdminText.words(movement.reason()),
                MoneyText.format(movement.amount(), movement.currency()), AdminText.words(movement.status()), movement.stripeId(),
                movement.failure().or(movement::lastError), movement.unrecovered());
    }
}
