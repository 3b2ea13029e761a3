package com.marketplace.web.pages.shop;

import com.marketplace.platform.catalog.application.CatalogQueries;
import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.pages.shop.StorefrontView.ProductCard;
import com.marketplace.web.pages.support.PageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The shop's front page: every product on offer (active, of a seller who may sell), newest first,
 * {@value #SHOWN} to a page ({@code ?page=2} for older ones).
 */
@WebServlet("")
public class StorefrontPage extends PageServlet {

    static final int SHOWN = 100;

    // Far past any real catalogue; keeps a typed page number from becoming an overflowing offset.
    private static final int LAST_PAGE = 10_000;

    @Inject
    CatalogQueries catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int page = page(request);
        // One more than shown: whether an older page exists, without counting the catalogue.
        List<Product> offered = catalog.newestOfferedProducts((page - 1) * SHOWN, SHOWN + 1);
        List<ProductCard> cards = offered.stream().limit(SHOWN).map(StorefrontPage::card).toList();
        boolean olderExist = offered.size() > SHOWN && page < LAST_PAGE;
        render(request, response, "Shop", "shop/storefront.jte", new StorefrontView(cards, page, olderExist));
    }

    private static ProductCard card(Product product) {
        return new ProductCard(product.id().value(), product.name(),
                MoneyText.format(product.price().minorUnits(), product.price().currency().value()), product.stock());
    }

    private static int page(HttpServletRequest request) {
        try {
            int page = Integer.parseInt(String.valueOf(request.getParameter("page")).trim());
            return Math.max(1, Math.min(LAST_PAGE, page));
        } catch (NumberFormatException none) {
            return 1;
        }
    }
}
