package com.marketplace.web.pages.shop;

import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.web.pages.support.MoneyText;
import java.util.Optional;

/**
 * The product page: what it is, what it costs, and the Buy form while any is left
 * ({@code shop/product.jte}).
 *
 * @param shop the seller's shop name, when known (a courtesy, not a requirement to sell), linking to their shop page
 * @param maxQuantity the most the Buy form offers: the stock, capped at the checkout's bound
 * @param imageSrc the picture's address, when the product has one
 */
public record ProductView(long id, String name, Optional<String> description, String price, long stock, long sellerId, Optional<String> shop,
                          Optional<String> imageSrc, int maxQuantity, String csrfToken, BuyForm form) {

    /** What the buyer last entered in the Buy form, and why it was refused; all blank on a first visit. */
    public record BuyForm(long quantity, String promotionCode, Optional<String> problem) {

        public BuyForm(long quantity, String promotionCode, String problem) {
            this(quantity, promotionCode == null ? "" : promotionCode, Optional.ofNullable(problem));
        }

        static BuyForm blank() {
            return new BuyForm(1, "", Optional.empty());
        }
    }

    public String shopHref() {
        return "/shops/" + sellerId;
    }

    public boolean soldOut() {
        return stock < 1;
    }

    /** The quantity the form shows: what the buyer asked for, kept within what may be bought. */
    public long shownQuantity() {
        return Math.max(1, Math.min(form.quantity(), maxQuantity));
    }

    /** {@code shop} may be null (the seller's name is a courtesy, not a requirement to sell). */
    static ProductView of(Product product, String shop, int maxQuantity, String csrfToken, BuyForm form) {
        return new ProductView(product.id().value(), product.name(),
                Optional.ofNullable(product.description()).filter(text -> !text.isBlank()),
                MoneyText.format(product.price().minorUnits(), product.price().currency().value()), product.stock(),
                product.sellerId().value(), Optional.ofNullable(shop), ProductImageAddress.of(product), maxQuantity, csrfToken, form);
    }
}
