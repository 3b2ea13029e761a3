package com.marketplace.web.pages.seller;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.views.Views;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seller's product pages and their shared form, rendered from their templates without a container. */
class ProductFormTemplateTest {

    private static ProductFormView newProduct(ProductForm typed, Map<String, String> problems) {
        return typed.view("/seller/products", "new-product", "create-product", "Add product", true, problems, "tok");
    }

    private static SellerProductView.ImageForm noImage() {
        return new SellerProductView.ImageForm("/seller/products/7/image", "tok", "Bowl", Optional.empty(), Optional.empty());
    }

    @Test
    void aNewProductChoosesItsCurrencyWithTheSellersDefaultSelected() {
        String html = Views.render("seller/productForm.jte", newProduct(new ProductForm(null, null, null, "eur", null, false), Map.of()));

        assertTrue(html.contains("<option value=\"eur\" selected>EUR</option>"), html);
        assertTrue(html.contains("<option value=\"usd\">USD</option>"), html);
        assertTrue(html.contains("<label for=\"product-price\">Price, e.g. 15.00</label>"), html);
        assertTrue(html.contains("<form method=\"post\" action=\"/seller/products\" class=\"stacked\" id=\"new-product\">"
                + "<input type=\"hidden\" name=\"_csrf\" value=\"tok\">"), html);
        assertFalse(html.contains("loadedStock"), html);
        assertFalse(html.contains(" checked"), html);
    }

    @Test
    void anEditKeepsItsCurrencyInThePriceLabelAndCarriesTheStockItWasOpenedWith() {
        ProductFormView edit = new ProductForm("Bowl", "Stoneware", "24.50", "eur", "5", true, "5")
                .view("/seller/products/7", "edit-product", "save-product", "Save changes", false, Map.of(), "tok");

        String html = Views.render("seller/product.jte", new SellerProductView(edit, noImage()));

        assertTrue(html.contains("<label for=\"product-price\">Price, e.g. 15.00 (EUR)</label>"), html);
        assertFalse(html.contains("product-currency"), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"loadedStock\" value=\"5\">"), html);
        assertTrue(html.contains("id=\"product-active\" name=\"active\" value=\"true\" checked>"), html);
        assertTrue(html.contains("<a href=\"/seller/products\">Back to your products</a>"), html);
    }

    @Test
    void aRefusedFormComesBackWithWhatWasTypedAsTextAndAProblemPerField() {
        ProductForm typed = new ProductForm("<script>alert(1)</script>", "</textarea><script>x</script>", "abc\"", "eur", "-1", false);

        String html = Views.render("seller/productForm.jte", newProduct(typed, Map.of("priceAmount", "must be a <number>",
                "stock", "must be 0 or more")));

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("value=\"&lt;script>alert(1)&lt;/script>\""), html);
        assertTrue(html.contains(">&lt;/textarea&gt;&lt;script&gt;x&lt;/script&gt;</textarea>"), html);
        assertTrue(html.contains("<li>Price: must be a &lt;number&gt;</li>"), html);
        assertTrue(html.contains("<li>Stock: must be 0 or more</li>"), html);
    }

    @Test
    void theProductsListLinksEachProductToItsEditPageNamedForScreenReaders() {
        SellerProductsView view = new SellerProductsView(List.of(new SellerProductsView.Row(7, "Bowl \"blue\"", "€24.50", 5, true)),
                newProduct(new ProductForm(null, null, null, "eur", null, false), Map.of()));

        String html = Views.render("seller/products.jte", view);

        assertTrue(html.contains("<tr data-product-id=\"7\"><td>Bowl \"blue\"</td><td class=\"amount\">€24.50</td><td class=\"amount\">5</td>"
                + "<td><span class=\"status status-active\">Active</span></td>"), html);
        assertTrue(html.contains("<a href=\"/seller/products/7\" aria-label=\"Edit Bowl &#34;blue&#34;\">Edit</a>"), html);
        assertTrue(html.contains("<h2>Add a product</h2>"), html);
    }

    @Test
    void aSellerWithoutProductsIsAskedToAddTheFirst() {
        SellerProductsView view = new SellerProductsView(List.of(), newProduct(new ProductForm(null, null, null, "eur", null, false), Map.of()));

        assertTrue(Views.render("seller/products.jte", view).contains("<p id=\"no-products\">"));
    }

    private static String editPage(SellerProductView.ImageForm image) {
        ProductFormView edit = new ProductForm("Bowl", "", "24.50", "eur", "5", true, "5")
                .view("/seller/products/7", "edit-product", "save-product", "Save changes", false, Map.of(), "tok");
        return Views.render("seller/product.jte", new SellerProductView(edit, image));
    }

    @Test
    void theEditPageUploadsAPictureAsAMultipartFormWithTheCsrfTokenAndNamesTheFormatsAllowed() {
        String html = editPage(noImage());

        assertTrue(html.contains("<form method=\"post\" action=\"/seller/products/7/image\" enctype=\"multipart/form-data\" class=\"stacked\""
                + " id=\"image-form\"><input type=\"hidden\" name=\"_csrf\" value=\"tok\">"), html);
        assertTrue(html.contains("accept=\"image/jpeg,image/png,image/webp\" required>"), html);
        assertTrue(html.contains("JPEG, PNG or WebP, at most 2 MB"), html);
        assertTrue(html.contains("id=\"no-image\""), html);
    }

    @Test
    void theCurrentPictureIsShownAndARefusedUploadSaysWhyBesideTheFileField() {
        String html = editPage(new SellerProductView.ImageForm("/seller/products/7/image", "tok", "<b>Bowl</b>",
                Optional.of("/products/7/image?v=ab12"), Optional.of("The file is not a <JPEG>")));

        assertTrue(html.contains("<img class=\"current-image\" id=\"current-image\" src=\"/products/7/image?v=ab12\""
                + " alt=\"Current picture of &lt;b>Bowl&lt;/b>\">"), html);
        assertTrue(html.contains("<p class=\"problem\" id=\"image-problem\" role=\"alert\">The file is not a &lt;JPEG&gt;</p>"), html);
        assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"image-problem\""), html);
        assertFalse(html.contains("id=\"no-image\""), html);
    }
}
