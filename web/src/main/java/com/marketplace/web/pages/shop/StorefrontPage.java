package com.marketplace.web.pages.shop;

import com.marketplace.platform.catalog.application.CatalogQueries;
import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.shared.web.Html;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.pages.support.PageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** The shop's front page: every product on offer (active, of a seller who may sell). */
@WebServlet("")
public class StorefrontPage extends PageServlet {

    static final int SHOWN = 100;

    @Inject
    CatalogQueries catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Product> offered = catalog.offeredProducts(0, SHOWN);
        StringBuilder body = new StringBuilder();
        if (offered.isEmpty()) {
            body.append("<p id=\"no-products\">Nothing is on sale right now. Come back soon.</p>");
        } else {
            body.append("<ul class=\"products\" id=\"products\">");
            for (Product product : offered) {
                long id = product.id().value();
                body.append("<li class=\"product-card\" data-product-id=\"").append(id).append("\"><h2><a href=\"/products/").append(id)
                        .append("\">").append(Html.escape(product.name())).append("</a></h2><p class=\"price\">")
                        .append(Html.escape(MoneyText.format(product.price().minorUnits(), product.price().currency().value())))
                        .append("</p><p class=\"muted\">").append(product.stock() > 0 ? product.stock() + " in stock" : "Sold out")
                        .append("</p></li>");
            }
            body.append("</ul>");
        }
        render(request, response, "Shop", body.toString());
    }
}
