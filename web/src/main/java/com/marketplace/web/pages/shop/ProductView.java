package com.marketplace.web.pages.shop;

import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.kernel.web.Html;
import com.marketplace.web.pages.support.MoneyText;

/** The product page's HTML: what it is, what it costs, and the Buy form while any is left. */
final class ProductView {

    private ProductView() {
    }

    /** What the buyer last entered in the Buy form, and why it was refused; all blank on a first visit. */
    record BuyForm(long quantity, String promotionCode, String problem) {

        static BuyForm blank() {
            return new BuyForm(1, null, null);
        }
    }

    /** {@code shop} may be null (the seller's name is a courtesy, not a requirement to sell). */
    static String render(Product product, String shop, int maxQuantity, String csrfField, BuyForm form) {
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
            if (form.problem() != null) {
                html.append("<p class=\"problem\" id=\"problem\" role=\"alert\">").append(Html.escape(form.problem())).append("</p>");
            }
            long quantity = Math.max(1, Math.min(form.quantity(), maxQuantity));
            html.append("<form method=\"post\" action=\"/products/").append(id).append("/buy\" class=\"row\" id=\"buy-form\">")
                    .append(csrfField)
                    .append("<label for=\"quantity\">Quantity</label><input id=\"quantity\" name=\"quantity\" type=\"number\"")
                    .append(" inputmode=\"numeric\" min=\"1\" max=\"").append(maxQuantity).append("\" step=\"1\" value=\"")
                    .append(quantity).append("\" required>")
                    .append("<label for=\"promotion_code\">Promotion code (optional)</label><input id=\"promotion_code\"")
                    .append(" name=\"promotion_code\" type=\"text\" autocomplete=\"off\" maxlength=\"100\" value=\"")
                    .append(Html.escape(form.promotionCode() == null ? "" : form.promotionCode())).append("\"")
                    .append(form.problem() == null ? "" : " aria-invalid=\"true\" aria-describedby=\"problem\"").append(">")
                    .append("<button type=\"submit\" id=\"buy-button\">Buy</button></form>")
                    .append("<p class=\"muted\">You pay on Stripe's secure checkout page; card details never reach this site.</p>");
        }
        return html.append("<p><a href=\"/\">Back to the shop</a></p></article>").toString();
    }
}
