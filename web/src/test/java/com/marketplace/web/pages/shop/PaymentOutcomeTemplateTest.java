package com.marketplace.web.pages.shop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.pages.shop.PaymentOutcomeView.PaymentOutcome;
import com.marketplace.web.views.Views;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The page a buyer returns to from Stripe's checkout, rendered from its template without a container. */
class PaymentOutcomeTemplateTest {

    private static PaymentOutcome paid(String product) {
        return new PaymentOutcome("PAID", "flash", "Thank you — your payment is confirmed.", 42, product, 2, "Amount paid", "€49.00",
                Optional.empty(), Optional.empty());
    }

    @Test
    void aPaidOrderShowsItsNumberProductAndAmountUnderItsStatus() {
        String html = Views.render("shop/paymentOutcome.jte", paid("Bowl"));

        assertTrue(html.contains("<section id=\"payment-outcome\" data-status=\"PAID\"><p class=\"flash\" role=\"status\" id=\"payment-message\">"
                + "Thank you — your payment is confirmed.</p>"), html);
        assertTrue(html.contains("<dd id=\"order-number\">42</dd>"), html);
        assertTrue(html.contains("<dd>Bowl × 2</dd>"), html);
        assertTrue(html.contains("<dd class=\"price\" id=\"order-amount\">€49.00</dd>"), html);
        assertTrue(html.contains("<a href=\"/\">Continue shopping</a>"), html);
        assertFalse(html.contains("http-equiv"), "a settled order does not reload: " + html);
    }

    @Test
    void aProductNamedWithMarkupIsShownAsText() {
        String html = Views.render("shop/paymentOutcome.jte", paid("<script>alert(1)</script>"));

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<dd>&lt;script&gt;alert(1)&lt;/script&gt; × 2</dd>"), html);
    }

    @Test
    void aPaymentStillProcessingReloadsThePageWithoutScript() {
        PaymentOutcome processing = new PaymentOutcome("AWAITING_PAYMENT", "notice", "Your payment is processing…", 42, "Bowl", 1, "Amount",
                "€24.50", Optional.empty(), Optional.of(5));

        String html = Views.render("shop/paymentOutcome.jte", processing);

        assertTrue(html.contains("<meta http-equiv=\"refresh\" content=\"5\">"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void aPurchaseThatDidNotCompleteLeadsBackToItsProduct() {
        PaymentOutcome failed = new PaymentOutcome("PAYMENT_FAILED", "problem", "Your payment did not go through. Nothing was charged.", 42,
                "Bowl", 1, "Amount", "€24.50", Optional.of(7L), Optional.empty());

        String html = Views.render("shop/paymentOutcome.jte", failed);

        assertTrue(html.contains("<p class=\"problem\" role=\"status\" id=\"payment-message\">"), html);
        assertTrue(html.contains("<a href=\"/products/7\">Back to the product</a> · <a href=\"/\">Back to the shop</a>"), html);
        assertFalse(html.contains("Continue shopping"), html);
    }

    @Test
    void whenStripeCannotBeAskedThePageClaimsNothingAndChecksAgain() {
        String html = Views.render("shop/paymentUnconfirmed.jte", 5);

        assertTrue(html.contains("<meta http-equiv=\"refresh\" content=\"5\">"), html);
        assertTrue(html.contains("id=\"payment-unconfirmed\""), html);
        assertTrue(html.contains("tries again in 5 seconds"), html);
    }
}
