package com.marketplace.web.pages.shop;

import com.marketplace.platform.catalog.domain.CatalogRefusal;
import com.marketplace.platform.orders.domain.OrderRefusal;
import com.marketplace.platform.catalog.application.CatalogQueries;
import com.marketplace.platform.catalog.domain.Product;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.orders.checkout.CheckoutService;
import com.marketplace.platform.orders.checkout.CheckoutService.StartedCheckout;
import com.marketplace.platform.sellers.SellerStanding;
import com.marketplace.platform.sellers.SellerDirectory;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.security.Caller;
import com.marketplace.web.pages.support.PageServlet;
import com.marketplace.web.security.CsrfTokens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A product as buyers see it ({@code GET /products/{id}}) and its Buy form's target
 * ({@code POST /products/{id}/buy}). Buying goes through the same checkout service as
 * {@code POST /api/checkout}: only the product (from the path), the quantity and the promotion code
 * (from the form) are read; the price, the fee and the seller come from the database, the discount
 * from Stripe. A promotion code that cannot be used shows the product page again, saying why.
 */
@WebServlet("/products/*")
public class ProductPage extends PageServlet {

    /** The most a buyer may order at once; the same bound as the checkout API's. */
    static final int MAX_QUANTITY = 1_000;

    private static final Pattern SHOW = Pattern.compile("/(\\d{1,19})");
    private static final Pattern BUY = Pattern.compile("/(\\d{1,19})/buy");
    private static final Pattern IMAGE = Pattern.compile("/(\\d{1,19})/image");

    @Inject
    CatalogQueries catalog;

    @Inject
    SellerDirectory sellers;

    @Inject
    CheckoutService checkout;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo() != null && IMAGE.matcher(request.getPathInfo()).matches()) {
            image(request, response);
            return;
        }
        ProductId id = productId(request, SHOW);
        Product product = offered(id);
        String shop = sellers.find(product.sellerId()).map(SellerStanding::displayName).orElse(null);
        render(request, response, product.name(), "shop/product.jte", ProductView.of(product, shop, Math.min(product.stock(), MAX_QUANTITY),
                CsrfTokens.tokenFor(request), ProductView.BuyForm.blank()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProductId id = productId(request, BUY);
        long quantity = longParameter(request, "quantity", "Quantity");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Quantity must be between 1 and " + MAX_QUANTITY);
        }
        String promotionCode = request.getParameter("promotion_code");
        StartedCheckout started;
        try {
            started = checkout.start(id, (int) quantity, Optional.ofNullable(promotionCode), caller());
        } catch (OrderRefusal refused) {
            if (refused.reason() != OrderRefusal.Reason.PROMOTION_CODE_INVALID) {
                throw refused;
            }
            Product product = offered(id);
            String shop = sellers.find(product.sellerId()).map(SellerStanding::displayName).orElse(null);
            render(request, response, HttpServletResponse.SC_BAD_REQUEST, product.name(), "shop/product.jte", ProductView.of(product, shop,
                    Math.min(product.stock(), MAX_QUANTITY), CsrfTokens.tokenFor(request),
                    new ProductView.BuyForm(quantity, promotionCode, refused.getMessage())));
            return;
        }
        long orderId = started.order().id().value();
        BuyerOrders.of(request).remember(orderId, started.buyerToken());
        BuyerOrders.of(request).rememberPurchase(started.order().purchaseId().value(), started.buyerToken());
        // The service answers only with a session attached (it throws otherwise); to Stripe's page, or the sandbox's.
        seeOther(response, started.order().checkoutUrl().orElseThrow(() -> new ApiException(ErrorCode.STRIPE_UNAVAILABLE,
                "The payment page could not be prepared; nothing was charged. Try again shortly.")));
    }

    /**
     * The product's picture ({@code GET /products/{id}/image}), to whoever may see the product: buyers
     * while it is on offer, its seller and the admin always (their own pages show it in any state).
     */
    private void image(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProductId id = productId(request, IMAGE);
        ProductImageAnswer.write(request, response, catalog.image(id, caller())
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "This product has no picture")));
    }

    /**
     * Buyers see only what is on offer, whoever is signed in: a seller looking at their own withdrawn
     * product here sees what a buyer would (their own pages show it in any state).
     */
    private Product offered(ProductId id) {
        try {
            return catalog.product(id, Caller.anonymous());
        } catch (CatalogRefusal notOffered) {
            if (notOffered.reason() == CatalogRefusal.Reason.PRODUCT_NOT_FOUND) {
                throw new ApiException(ErrorCode.PRODUCT_NOT_FOUND, "This product is not on sale.");
            }
            throw notOffered;
        }
    }

    private static ProductId productId(HttpServletRequest request, Pattern route) {
        Matcher matcher = route.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        try {
            if (matcher.matches() && Long.parseLong(matcher.group(1)) > 0) {
                return new ProductId(Long.parseLong(matcher.group(1)));
            }
        } catch (NumberFormatException beyondAnyId) {
            // answered below, as for any other address that names no product page
        }
        throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
    }
}
