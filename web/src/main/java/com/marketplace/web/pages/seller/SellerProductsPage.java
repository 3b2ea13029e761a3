package com.marketplace.web.pages.seller;

import com.marketplace.platform.kernel.error.RefusalMapper;
import com.marketplace.platform.catalog.domain.CatalogRefusal;
import com.marketplace.onboarding.application.SellerQueries;
import com.marketplace.platform.catalog.application.CatalogQueries;
import com.marketplace.platform.catalog.application.ProductCatalog;
import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.application.NewProduct;
import com.marketplace.platform.kernel.money.SupportedCurrencies;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.security.CsrfTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A seller's products, on sale or not, and the form for a new one: the same request and
 * validation as {@code POST /api/sellers/{id}/products}, with the price typed as an amount
 * ("15.00") and turned into minor units of the chosen currency.
 */
@WebServlet("/seller/products")
public class SellerProductsPage extends PageServlet {

    static final String PRICE_HINT = "must be an amount such as 15.00";

    @Inject
    CatalogQueries catalog;

    @Inject
    ProductCatalog products;

    @Inject
    SellerQueries sellers;

    @Inject
    Validator validator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SellerId> seller = requireSeller(request, response);
        if (seller.isEmpty()) {
            return;
        }
        String currency = sellers.seller(seller.get()).defaultCurrency();
        page(request, response, HttpServletResponse.SC_OK, seller.get(), new ProductForm("", "", "", currency, "0", false), Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SellerId> seller = requireSeller(request, response);
        if (seller.isEmpty()) {
            return;
        }
        String chosen = request.getParameter("currency");
        String currency = chosen == null || chosen.isBlank() ? sellers.seller(seller.get()).defaultCurrency() : chosen.trim().toLowerCase(Locale.ROOT);
        ProductForm entered = ProductForm.from(request, currency);

        Map<String, String> unreadable = new HashMap<>();
        OptionalLong price = SupportedCurrencies.isSupported(currency) ? MoneyText.parse(entered.price(), currency) : OptionalLong.empty();
        if (price.isEmpty() && SupportedCurrencies.isSupported(currency)) {
            unreadable.put("priceAmount", PRICE_HINT);
        }
        if (entered.stockTyped() && entered.stockNumber() == null) {
            unreadable.put("stock", "must be a whole number");
        }
        NewProduct product = new NewProduct(entered.name(), entered.description(),
                price.isPresent() ? price.getAsLong() : null, currency, entered.stockNumber(), entered.active());
        Map<String, String> problems = ProductForm.problems(unreadable, validator.validate(product));
        if (!problems.isEmpty()) {
            page(request, response, HttpServletResponse.SC_BAD_REQUEST, seller.get(), entered, problems);
            return;
        }
        Product created;
        try {
            created = products.create(seller.get(), product);
        } catch (CatalogRefusal refused) {
            // e.g. publishing before Stripe has verified the seller: the form comes back with the reason.
            page(request, response, RefusalMapper.errorCodeOf(refused).status().getStatusCode(), seller.get(), entered, Map.of("active", refused.getMessage()));
            return;
        }
        Flash.set(request, "Added " + created.name() + (created.isActive() ? ", on sale now." : ", not on sale yet."));
        seeOther(response, "/seller/products");
    }

    private void page(HttpServletRequest request, HttpServletResponse response, int status, SellerId seller, ProductForm form,
                      Map<String, String> problems) throws IOException {
        List<SellerProductsView.Row> rows = catalog.productsOf(seller).stream().map(product -> new SellerProductsView.Row(
                product.id().value(), product.name(), MoneyText.format(product.price().minorUnits(), product.price().currency().value()),
                product.stock(), product.isActive())).toList();
        render(request, response, status, "Your products", "seller/products.jte", new SellerProductsView(rows,
                form.view("/seller/products", "new-product", "create-product", "Add product", true, problems, CsrfTokens.tokenFor(request))));
    }
}
