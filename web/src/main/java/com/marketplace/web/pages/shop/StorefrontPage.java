package com.marketplace.web.pages.shop;

import com.marketplace.platform.catalog.application.CatalogQueries;
import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductSearch;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import com.marketplace.web.pages.shop.StorefrontView.ProductCard;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.security.CsrfTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The shop's front page: the products on offer (active, of a seller who may sell), newest first,
 * {@value #SHOWN} to a page ({@code ?page=2} for older ones), narrowed by words ({@code ?q=}) and a
 * currency ({@code ?currency=}). A seller's shop page ({@link ShopPage}) is the same page for one seller.
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
        render(request, response, "Shop", "shop/storefront.jte", view(catalog, request, "/", Optional.empty(), Optional.empty()));
    }

    /** One page of the products the request searches for, within one seller's shop when {@code seller} is given. */
    static StorefrontView view(CatalogQueries catalog, HttpServletRequest request, String path, Optional<SellerId> seller,
                               Optional<String> shopName) {
        int page = page(request);
        ProductSearch search = ProductSearch.of(request.getParameter("q"), seller, currency(request));
        // One more than shown: whether an older page exists, without counting the catalogue.
        Page<Product> found = catalog.searchOfferedProducts(search, PageRequest.atOffset((page - 1) * SHOWN, SHOWN));
        List<ProductCard> cards = found.items().stream().map(StorefrontPage::card).toList();
        boolean olderExist = found.hasMore() && page < LAST_PAGE;
        return new StorefrontView(new StorefrontView.Search(path, search.text(), SupportedCurrencies.CODES.stream().sorted().toList(),
                search.currency().map(CurrencyCode::value).orElse(""), shopName), cards, page, olderExist).withCart(CsrfTokens.tokenFor(request));
    }

    private static ProductCard card(Product product) {
        return new ProductCard(product.id().value(), product.name(),
                MoneyText.format(product.price().minorUnits(), product.price().currency().value()), product.stock(),
                ProductImageAddress.of(product));
    }

    // A currency the shop does not sell in matches nothing anyway; it is ignored rather than refused, as a link may carry it.
    private static Optional<CurrencyCode> currency(HttpServletRequest request) {
        String text = request.getParameter("currency");
        String code = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return SupportedCurrencies.CODES.contains(code) ? Optional.of(CurrencyCode.of(code)) : Optional.empty();
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
