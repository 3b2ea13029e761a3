package com.marketplace.web.pages.shop;

import com.marketplace.platform.catalog.application.CatalogQueries;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.sellers.SellerStanding;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.platform.plans.application.Plans;
import com.marketplace.web.pages.support.PlanText;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A seller's shop ({@code /shops/{sellerId}}): the storefront for one seller, with the same search.
 * Only a seller who may sell has a shop; any other id is a page that does not exist (404).
 */
@WebServlet("/shops/*")
public class ShopPage extends PageServlet {

    @Inject
    CatalogQueries catalog;

    @Inject
    Plans plans;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}")) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        SellerId seller = new SellerId(idFromPath(request));
        SellerStanding shop = catalog.shop(seller).orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "There is no such shop"));
        render(request, response, shop.displayName(), "shop/storefront.jte",
                StorefrontPage.view(catalog, request, "/shops/" + seller.value(), Optional.of(seller), Optional.of(shop.displayName()))
                        .withPlans(plans.offeredBy(seller).stream().map(plan -> new StorefrontView.PlanCard(plan.id().value(), plan.name(),
                                plan.description(), PlanText.price(plan), PlanText.trial(plan.trialDays()))).toList()));
    }
}
