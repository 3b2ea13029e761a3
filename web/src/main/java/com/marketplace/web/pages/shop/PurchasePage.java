package com.marketplace.web.pages.shop;

import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.PurchaseId;
import com.marketplace.platform.orders.queries.OrderQueries;
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
 * A purchase as its buyer sees it ({@code GET /purchases/{id}}): each seller's order with its
 * lines, status and refunds. The signed-in buyer it belongs to sees it, and so does the browser that
 * checked it out (it holds the purchase's token in its session); anyone else gets "not found", as for
 * a purchase that does not exist.
 */
@WebServlet("/purchases/*")
public class PurchasePage extends PageServlet {

    @Inject
    OrderQueries orders;

    @Inject
    SellerDirectory sellers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo() == null || !request.getPathInfo().matches("/\\d{1,18}")) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        PurchaseId id = new PurchaseId(idFromPath(request));
        String token = BuyerOrders.existing(request).flatMap(known -> known.tokenForPurchase(id.value())).orElse(null);
        render(request, response, "Your purchase " + id.value(), "purchase/purchase.jte",
                PurchaseView.of(orders.purchase(id, caller(), token), false, this::sellerName, order -> orders.refundsOf(order.id())));
    }

    private String sellerName(Order order) {
        return sellers.find(order.sellerId()).map(SellerStanding::displayName).orElse("Seller " + order.sellerId().value());
    }
}
