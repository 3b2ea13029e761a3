package com.marketplace.web.pages.shop;

import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.shared.web.Html;
import com.marketplace.web.pages.support.MoneyText;

/** The product page's HTML: what it is, what it costs, and the Buy form while any is left. */
final class ProductView {

    private ProductView() {
    }

    /** {@code shop} may be null (the seller's name is a courtesy, not a requirement to sell). */
    static String render(Product product, String shop, int maxQuantity, String csrfField) {
        long id = product.id().value();
        StringBuilder html = new StringBuilder(1024).append("<article id=\"product\" data-product-id=\"").append(id).append("\">");
        if (shop != null) {
            html.append("<p class=\"muted\" id=\"product-seller\">Sold by ").append(Html.escape(shop)).append("</p>");
        }
        if (product.description() != null && !product.description().isBlank()) {
            html.append("<p id=\"product-description\">").append(Html.escape(product.description())).append("</p>");
        }
        html.append("<dl><dt>Product</dt><dd id=\"product-name\">").append(Html.escape(product.name())).append("</dd>")
                .append("<dt>Price</dt><dd class=\"price\" id=\"product-price\">")
                .append(Html.escape(MoneyText.format(product.price().minorUnits(), product.price().currency().value()))).append("</dd>")
                .append("<dt>In stock</dt><dd id=\"product-stock\">").append(product.stock()).append("</dd></dl>");
        if (product.stock() < 1) {
            html.append("<p class=\"notice\" id=\"sold-out\">Sold out. Nothing can be bought until the seller restocks.</p>");
        } else {
            html.append("<form method=\"post\" action=\"/products/").append(id).append("/buy\" class=\"row\" id=\"buy-form\">")
                    .append(csrfField)
                    .append("<label for=\"quantity\">Quantity</label><input id=\"quantity\" name=\"quantity\" type=\"number\"")
                    .append(" inputmode=\"numeric\" min=\"1\" max=\"").append(maxQuantity).append("\" step=\"1\" value=\"1\" required>")
                    .append("<button type=\"submit\" id=\"buy-button\">Buy</button></form>")
                    .append("<p class=\"muted\">You pay on Stripe's secure checkout page; card details never reach this site.</p>");
        }
        return html.append("<p><a href=\"/\">Back to the shop</a></p></article>").toString();
    }
}
