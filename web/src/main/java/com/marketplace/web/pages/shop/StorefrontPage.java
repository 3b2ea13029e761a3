package com.marketplace.web.pages.shop;

import com.marketplace.platform.catalog.application.CatalogQueries;
import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.kernel.web.Html;
import com.marketplace.web.pages.support.MoneyText;
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
        StringBuilder body = new StringBuilder();
        if (offered.isEmpty()) {
            body.append("<p id=\"no-products\">Nothing is on sale right now. Come back soon.</p>");
        } else {
            body.append("<ul class=\"products\" id=\"products\">");
            for (Product product : offered.subList(0, Math.min(SHOWN, offered.size()))) {
                long id = product.id().value();
                body.append("<li class=\"product-card\" data-product-id=\"").append(id).append("\"><h2><a href=\"/products/").append(id)
                        .append("\">").append(Html.escape(product.name())).append("</a></h2><p class=\"price\">")
                        .append(Html.escape(MoneyText.format(product.price().minorUnits(), product.price().currency().value())))
                        .append("</p><p class=\"muted\">").append(product.stock() > 0 ? product.stock() + " in stock" : "Sold out")
                        .append("</p></li>");
            }
            body.append("</ul>");
        }
        body.append(pager(page, offered.size() > SHOWN));
        render(request, response, "Shop", body.toString());
    }

    private static String pager(int page, boolean olderExist) {
        if (page == 1 && !olderExist) {
            return "";
        }
        StringBuilder nav = new StringBuilder("<nav aria-label=\"Pages\"><p>");
        if (page > 1) {
            nav.append("<a href=\"/?page=").append(page - 1).append("\" id=\"newer-products\" rel=\"prev\">Newer products</a> ");
        }
        if (olderExist && page < LAST_PAGE) {
            nav.append("<a href=\"/?page=").append(page + 1).append("\" id=\"older-products\" rel=\"next\">Older products</a>");
        }
        return nav.append("</p></nav>").toString();
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
