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
 * {@value #SHOWN} to a page, narrowed by words ({@code ?q=}) and a currency ({@code ?currency=}).
 * Browsing pages by cursor ({@code ?starting_after=} / {@code ?ending_before=} a product id, the
 * links the page draws), so a page reached by its links costs what the first does; results of a
 * search for words are ranked and numbered ({@code ?page=2}), as is an old bookmarked
 * {@code ?page=}, up to page {@value #LAST_PAGE}. A seller's shop page ({@link ShopPage}) is the
 * same page for one seller.
 */
@WebServlet("")
public class StorefrontPage extends PageServlet {

    static final int SHOWN = 100;

    // A numbered page is an OFFSET the database reads through: bounded where it is still cheap
    // (9,900 rows); past it browsing goes on by the cursor links.
    static final int LAST_PAGE = 100;

    @Inject
    CatalogQueries catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, "Shop", "shop/storefront.jte", view(catalog, request, "/", Optional.empty(), Optional.empty()));
    }

    /** One page of the products the request searches for, within one seller's shop when {@code seller} is given. */
    static StorefrontView view(CatalogQueries catalog, HttpServletRequest request, String path, Optional<SellerId> seller,
                               Optional<String> shopName) {
        ProductSearch search = ProductSearch.of(request.getParameter("q"), seller, currency(request));
        StorefrontView.Search shown = new StorefrontView.Search(path, search.text(), SupportedCurrencies.CODES.stream().sorted().toList(),
                search.currency().map(CurrencyCode::value).orElse(""), shopName);
        Optional<Long> after = productId(request, "starting_after");
        Optional<Long> before = productId(request, "ending_before");
        boolean byCursor = search.words().isEmpty() && request.getParameter("page") == null;
        if (byCursor) {
            PageRequest asked = after.map(id -> PageRequest.after(id, SHOWN))
                    .or(() -> before.map(id -> PageRequest.before(id, SHOWN))).orElse(PageRequest.first(SHOWN));
            Page<Product> found = catalog.searchOfferedProducts(search, asked);
            List<ProductCard> cards = found.items().stream().map(StorefrontPage::card).toList();
            // Paging back, has_more is about newer products; the cursor's own product is the older side.
            boolean newerExist = before.isPresent() ? found.hasMore() : after.isPresent();
            boolean olderExist = before.isPresent() || found.hasMore();
            return new StorefrontView(shown, cards, StorefrontView.Pager.byCursor(shown, cards, newerExist, olderExist))
                    .withCart(CsrfTokens.tokenFor(request));
        }
        int page = page(request);
        Page<Product> found = catalog.searchOfferedProducts(search, PageRequest.atOffset((page - 1) * SHOWN, SHOWN));
        List<ProductCard> cards = found.items().stream().map(StorefrontPage::card).toList();
        return new StorefrontView(shown, cards, page, found.hasMore() && page < LAST_PAGE).withCart(CsrfTokens.tokenFor(request));
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

    // A cursor that is not a product id (edited by hand) shows the first page, as a bad page number does.
    private static Optional<Long> productId(HttpServletRequest request, String name) {
        String text = request.getParameter(name);
        try {
            long id = text == null ? 0 : Long.parseLong(text.trim());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException none) {
            return Optional.empty();
        }
    }
}
