package com.marketplace.web.pages.shop;

import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.views.Views;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/** The return page's words for each state an order can be in, in plain language for a buyer. */
public final class PaymentOutcomeView {

    static final int RECHECK_SECONDS = 5;

    private PaymentOutcomeView() {
    }

    /** The page's title, its content (rendered from {@code shop/paymentOutcome.jte}), and whether it checks again soon. */
    record Outcome(String title, String html, boolean recheck) {
    }

    /**
     * What {@code shop/paymentOutcome.jte} shows of an order.
     *
     * @param messageClass how the message looks: {@code flash} (good news), {@code notice} or {@code problem}
     * @param backToProduct the product to go back to when the purchase did not complete
     * @param recheckSeconds when present, the page reloads itself after that many seconds
     */
    public record PaymentOutcome(String status, String messageClass, String message, long orderNumber, String product, int quantity,
                                 String amountLabel, String amount, Optional<Long> backToProduct, Optional<Integer> recheckSeconds,
                                 Optional<Long> purchase) {

        /** An outcome without a link to its purchase's page. */
        public PaymentOutcome(String status, String messageClass, String message, long orderNumber, String product, int quantity,
                              String amountLabel, String amount, Optional<Long> backToProduct, Optional<Integer> recheckSeconds) {
            this(status, messageClass, message, orderNumber, product, quantity, amountLabel, amount, backToProduct, recheckSeconds,
                    Optional.empty());
        }
    }

    static Outcome of(Order order) {
        OrderStatus status = order.status();
        return switch (status) {
            case PAID -> outcome("Payment confirmed", order, "flash", "Thank you — your payment is confirmed.", "Amount paid", false);
            case PENDING, AWAITING_PAYMENT -> outcome("Payment processing", order, "notice",
                    "Your payment is processing… This page checks again every " + RECHECK_SECONDS + " seconds;"
                            + " you may also close it: the order is confirmed once the payment arrives.", "Amount", true);
            case PAID_OUT_OF_STOCK -> problem(order, "Sorry: the product sold out before your payment was confirmed."
                    + " Your payment is being refunded in full.");
            case REFUNDED -> problem(order, "Your payment has been refunded in full.");
            case PARTIALLY_REFUNDED -> outcome("Payment confirmed", order, "notice",
                    "Your payment is confirmed; part of it has since been refunded.", "Amount paid", false);
            case DISPUTED -> problem(order, "This payment is being disputed with your bank.");
            case EXPIRED -> problem(order, "This checkout expired before it was paid. Nothing was charged.");
            case PAYMENT_FAILED -> problem(order, "Your payment did not go through. Nothing was charged.");
        };
    }

    /** When Stripe could not be asked: nothing is claimed either way, and the page asks again shortly. */
    static String unconfirmed() {
        return Views.render("shop/paymentUnconfirmed.jte", RECHECK_SECONDS);
    }

    /** The page re-checks without JavaScript: the header for clients that honour it, the meta tag for the rest. */
    static void recheckSoon(HttpServletResponse response) {
        response.setHeader("Refresh", String.valueOf(RECHECK_SECONDS));
    }

    private static Outcome outcome(String title, Order order, String messageClass, String message, String amountLabel, boolean recheck) {
        return new Outcome(title, Views.render("shop/paymentOutcome.jte", view(order, messageClass, message, amountLabel, Optional.empty(),
                recheck ? Optional.of(RECHECK_SECONDS) : Optional.empty())), recheck);
    }

    private static Outcome problem(Order order, String message) {
        return new Outcome("Payment not completed", Views.render("shop/paymentOutcome.jte",
                view(order, "problem", message, "Amount", Optional.of(order.productId().value()), Optional.empty())), false);
    }

    static PaymentOutcome view(Order order, String messageClass, String message, String amountLabel, Optional<Long> backToProduct,
                               Optional<Integer> recheckSeconds) {
        return new PaymentOutcome(order.status().name(), messageClass, message, order.id().value(), order.productName(), order.quantity(),
                amountLabel, MoneyText.format(order.total().minorUnits(), order.currency().value()), backToProduct, recheckSeconds,
                Optional.of(order.purchaseId().value()));
    }
}
