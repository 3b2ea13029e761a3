package com.marketplace.web.pages.shop;

import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.orders.domain.BuyerToken;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.PurchaseId;
import com.marketplace.platform.orders.queries.PurchaseParts;
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
 * checked it out (it holds the orders' tokens in its session); anyone else gets "not found", as for
 * a purchase that does not exist.
 */
@WebServlet("/purchases/*")
public class PurchasePage extends PageServlet {

    @Inject
    PurchaseParts purchases;

    @Inject
    SellerDirectory sellers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo() == null || !request.getPathInfo().matches("/\\d{1,18}")) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        PurchaseId id = new PurchaseId(idFromPath(request));
        PurchaseParts.PurchaseDetail detail = purchases.forBuyer(id, caller(), order -> holdsToken(request, order));
        render(request, response, "Your purchase " + id.value(), "purchase/purchase.jte", PurchaseView.of(detail, false, this::sellerName));
    }

    private static boolean holdsToken(HttpServletRequest request, Order order) {
        return BuyerOrders.existing(request).flatMap(orders -> orders.tokenFor(order.id().value()))
                .map(token -> BuyerToken.matches(token, order.buyerTokenHash())).orElse(false);
    }

    private String sellerName(Order order) {
        return sellers.find(order.sellerId()).map(SellerStanding::displayName).orElse("Seller " + order.sellerId().value());
    }
}
