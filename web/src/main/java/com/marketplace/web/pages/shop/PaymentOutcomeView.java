package com.marketplace.web.pages.shop;

import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.kernel.web.Html;
import com.marketplace.web.pages.support.MoneyText;
import jakarta.servlet.http.HttpServletResponse;

/** The return page's words for each state an order can be in, in plain language for a buyer. */
final class PaymentOutcomeView {

    static final int RECHECK_SECONDS = 5;

    private PaymentOutcomeView() {
    }

    record Outcome(String title, String html, boolean recheck) {
    }

    static Outcome of(Order order) {
        OrderStatus status = order.status();
        return switch (status) {
            case PAID -> new Outcome("Payment confirmed", section(order, "flash",
                    "Thank you — your payment is confirmed.", "Amount paid") + shopLink(), false);
            case PENDING, AWAITING_PAYMENT -> new Outcome("Payment processing", refresh() + section(order, "notice",
                    "Your payment is processing… This page checks again every " + RECHECK_SECONDS + " seconds;"
                            + " you may also close it: the order is confirmed once the payment arrives.", "Amount") + shopLink(), true);
            case PAID_OUT_OF_STOCK -> problem(order, "Sorry: the product sold out before your payment was confirmed."
                    + " Your payment is being refunded in full.");
            case REFUNDED -> problem(order, "Your payment has been refunded in full.");
            case PARTIALLY_REFUNDED -> new Outcome("Payment confirmed", section(order, "notice",
                    "Your payment is confirmed; part of it has since been refunded.", "Amount paid") + shopLink(), false);
            case DISPUTED -> problem(order, "This payment is being disputed with your bank.");
            case EXPIRED -> problem(order, "This checkout expired before it was paid. Nothing was charged.");
            case PAYMENT_FAILED -> problem(order, "Your payment did not go through. Nothing was charged.");
        };
    }

    /** When Stripe could not be asked: nothing is claimed either way, and the page asks again shortly. */
    static String unconfirmed() {
        return refresh() + "<p class=\"notice\" id=\"payment-unconfirmed\">We could not reach the payment service to confirm your"
                + " payment just now. This page tries again in " + RECHECK_SECONDS + " seconds.</p>" + shopLink();
    }

    /** The page re-checks without JavaScript: the header for clients that honour it, the meta tag for the rest. */
    static void recheckSoon(HttpServletResponse response) {
        response.setHeader("Refresh", String.valueOf(RECHECK_SECONDS));
    }

    private static String refresh() {
        return "<meta http-equiv=\"refresh\" content=\"" + RECHECK_SECONDS + "\">";
    }

    private static Outcome problem(Order order, String message) {
        return new Outcome("Payment not completed", section(order, "problem", message, "Amount")
                + "<p><a href=\"/products/" + order.productId().value() + "\">Back to the product</a> · <a href=\"/\">Back to the shop</a></p>",
                false);
    }

    private static String section(Order order, String messageClass, String message, String amountLabel) {
        return "<section id=\"payment-outcome\" data-status=\"" + order.status().name() + "\"><p class=\"" + messageClass
                + "\" role=\"status\" id=\"payment-message\">" + Html.escape(message) + "</p>"
                + "<dl><dt>Order number</dt><dd id=\"order-number\">" + order.id().value() + "</dd>"
                + "<dt>Product</dt><dd>" + Html.escape(order.productName()) + " × " + order.quantity() + "</dd>"
                + "<dt>" + amountLabel + "</dt><dd class=\"price\" id=\"order-amount\">"
                + Html.escape(MoneyText.format(order.total().minorUnits(), order.currency().value())) + "</dd></dl></section>";
    }

    private static String shopLink() {
        return "<p><a href=\"/\">Continue shopping</a></p>";
    }
}
