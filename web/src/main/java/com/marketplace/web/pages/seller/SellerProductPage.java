package com.marketplace.web.pages.seller;

import com.marketplace.platform.kernel.error.RefusalMapper;
import com.marketplace.platform.catalog.domain.CatalogRefusal;
import com.marketplace.platform.catalog.application.CatalogQueries;
import com.marketplace.platform.catalog.application.ProductCatalog;
import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.catalog.domain.StockChangedMeanwhile;
import com.marketplace.platform.catalog.application.ProductEdit;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.web.pages.shop.ProductImageAddress;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.security.CsrfTokens;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Part;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One of the seller's own products, to change: the same validation and service as
 * {@code PATCH /api/products/{id}}. Another seller's product is "not found", like an unknown id,
 * even when it is on sale (the shop shows it; this page does not). The stock is the one field
 * sales change while the form is open: the form says what it was opened with, and a new count
 * over a stock that moved since is refused (409) with the current figure.
 */
@WebServlet("/seller/products/*")
// Uploads are read up to twice the 2 MB a picture may be, so that a slightly larger file gets the
// catalog's own answer naming its size; anything larger is refused by the container (413).
@MultipartConfig(fileSizeThreshold = 512 * 1024, maxFileSize = 4 * 1024 * 1024, maxRequestSize = 4 * 1024 * 1024 + 64 * 1024)
public class SellerProductPage extends PageServlet {

    private static final String EDIT_PATH = "/\\d{1,18}";
    private static final String IMAGE_PATH = "/\\d{1,18}/image";

    @Inject
    CatalogQueries catalog;

    @Inject
    ProductCatalog products;

    @Inject
    Validator validator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SellerId> seller = requireSeller(request, response);
        if (seller.isEmpty()) {
            return;
        }
        Product product = ownProduct(request, seller.get(), EDIT_PATH);
        page(request, response, HttpServletResponse.SC_OK, product, ProductForm.of(product), Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SellerId> seller = requireSeller(request, response);
        if (seller.isEmpty()) {
            return;
        }
        if (request.getPathInfo() != null && request.getPathInfo().matches(IMAGE_PATH)) {
            uploadImage(request, response, ownProduct(request, seller.get(), IMAGE_PATH));
            return;
        }
        Product product = ownProduct(request, seller.get(), EDIT_PATH);
        String currency = product.price().currency().value();
        ProductForm entered = ProductForm.from(request, currency);

        OptionalLong price = MoneyText.parse(entered.price(), currency);
        ProductEdit patch = patchOf(entered, price, product);
        Map<String, String> unreadable = unreadable(entered, price);
        Map<String, String> problems = ProductForm.problems(unreadable, validator.validate(patch));
        if (!problems.isEmpty()) {
            page(request, response, HttpServletResponse.SC_BAD_REQUEST, product, entered, problems);
            return;
        }
        Product changed;
        try {
            changed = products.change(product.id(), patch, caller());
        } catch (StockChangedMeanwhile moved) {
            page(request, response, HttpServletResponse.SC_CONFLICT, product, entered.reopenedAt(moved.currentStock()),
                    Map.of("stock", "it changed since you opened this page (a sale or another edit): it was " + moved.expectedStock() + " and is now "
                            + moved.currentStock() + ". Nothing was saved. Check the stock and save again to set it to the number in the form."));
            return;
        } catch (CatalogRefusal refused) {
            if (refused.reason() == CatalogRefusal.Reason.PRODUCT_NOT_FOUND) {
                throw refused;
            }
            page(request, response, RefusalMapper.errorCodeOf(refused).status().getStatusCode(), product, entered, Map.of("active", refused.getMessage()));
            return;
        }
        Flash.set(request, "Saved " + changed.name() + ".");
        seeOther(response, "/seller/products");
    }

    /**
     * The picture form's target ({@code POST /seller/products/{id}/image}, multipart): the same
     * catalog rule as every door (JPEG, PNG or WebP by content, at most 2 MB); a refused upload
     * shows the page again saying why, and the product keeps the picture it had.
     */
    private void uploadImage(HttpServletRequest request, HttpServletResponse response, Product product) throws IOException {
        byte[] content;
        try {
            Part file = request.getPart("image");
            content = file == null ? new byte[0] : file.getInputStream().readAllBytes();
        } catch (IllegalStateException | ServletException overTheContainersLimit) {
            imageRefused(request, response, product, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "The picture is larger than 4 MB; the most a picture may be is 2 MB");
            return;
        }
        Product changed;
        try {
            changed = products.replaceImage(product.id(), content, caller());
        } catch (CatalogRefusal refused) {
            if (refused.reason() == CatalogRefusal.Reason.PRODUCT_NOT_FOUND) {
                throw refused;
            }
            imageRefused(request, response, product, RefusalMapper.errorCodeOf(refused).status().getStatusCode(), refused.getMessage());
            return;
        }
        Flash.set(request, "The picture of " + changed.name() + " is saved; buyers see it now.");
        seeOther(response, "/seller/products/" + changed.id().value());
    }

    private void imageRefused(HttpServletRequest request, HttpServletResponse response, Product product, int status, String problem)
            throws IOException {
        render(request, response, status, "Edit " + product.name(), "seller/product.jte",
                view(request, product, ProductForm.of(product), Map.of(), Optional.of(problem)));
    }

    /**
     * The change the form asks for. The stock is sent only when the seller typed another number than
     * the one they were shown, and then with that number as the stock expected: a name fixed on a
     * form opened before a sale must not write the old stock back, and a new count must not
     * overwrite a sale the seller has not seen.
     */
    private static ProductEdit patchOf(ProductForm entered, OptionalLong price, Product product) {
        Integer loadedStock = entered.loadedStockNumber();
        boolean stockChanged = entered.stockNumber() != null && !entered.stockNumber().equals(loadedStock);
        // "active" is sent only when it changes: re-sending true would ask to publish again, which a
        // seller Stripe has since restricted may not do, and would block a mere stock change.
        return new ProductEdit(entered.name(), entered.description(), price.isPresent() ? price.getAsLong() : null, null,
                stockChanged ? entered.stockNumber() : null, entered.active() == product.isActive() ? null : entered.active(),
                stockChanged ? loadedStock : null);
    }

    /** What the form holds that is not a number where one belongs. */
    private static Map<String, String> unreadable(ProductForm entered, OptionalLong price) {
        Map<String, String> unreadable = new HashMap<>();
        if (price.isEmpty()) {
            unreadable.put("priceAmount", SellerProductsPage.PRICE_HINT);
        }
        if (entered.stockNumber() == null) {
            unreadable.put("stock", "must be a whole number");
        } else if (entered.loadedStockNumber() == null) {
            unreadable.put("stock", "the form did not say which stock it was opened with; open the product again from your products");
        }
        return unreadable;
    }

    private Product ownProduct(HttpServletRequest request, SellerId seller, String route) {
        String path = request.getPathInfo();
        if (path == null || !path.matches(route)) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        ProductId id = new ProductId(idFromPath(request));
        return Optional.of(catalog.product(id, caller())).filter(product -> product.sellerId().equals(seller))
                .orElseThrow(() -> new ApiException(ErrorCode.PRODUCT_NOT_FOUND, "No product with id " + id));
    }

    private void page(HttpServletRequest request, HttpServletResponse response, int status, Product product, ProductForm form,
                      Map<String, String> problems) throws IOException {
        render(request, response, status, "Edit " + product.name(), "seller/product.jte", view(request, product, form, problems, Optional.empty()));
    }

    private static SellerProductView view(HttpServletRequest request, Product product, ProductForm form, Map<String, String> problems,
                                          Optional<String> imageProblem) {
        String action = "/seller/products/" + product.id().value();
        String csrfToken = CsrfTokens.tokenFor(request);
        return new SellerProductView(form.view(action, "edit-product", "save-product", "Save changes", false, problems, csrfToken),
                new SellerProductView.ImageForm(action + "/image", csrfToken, product.name(), ProductImageAddress.of(product), imageProblem));
    }
}
