package com.marketplace.web.pages.shop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.views.Views;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The page after a buyer leaves Stripe's checkout, rendered from its template without a container. */
class CheckoutCancelledTemplateTest {

    @Test
    void aBuyerBackFromTheirOwnCheckoutIsLedBackToTheProduct() {
        String html = Views.render("shop/checkoutCancelled.jte", Optional.of(7L));

        assertTrue(html.contains("<a href=\"/products/7\" id=\"back-to-product\">Back to the product</a>"), html);
        assertTrue(html.contains("id=\"back-to-shop\""), html);
    }

    @Test
    void anyoneElseIsLedBackToTheShopOnly() {
        String html = Views.render("shop/checkoutCancelled.jte", Optional.empty());

        assertFalse(html.contains("back-to-product"), html);
        assertTrue(html.contains("<p class=\"notice\" id=\"checkout-cancelled\">You cancelled before paying; nothing was charged.</p>"), html);
    }
}
