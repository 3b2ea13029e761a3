package com.marketplace.web.pages.shop;

import com.marketplace.platform.orders.payment.PaymentConfirmation;
import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.web.pages.cart.CartCheckouts;
import com.marketplace.web.pages.cart.CartHolders;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.web.pages.support.PageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Where Stripe sends the buyer back ({@code success_url}). Arriving here proves nothing: anyone can
 * type this address. The page asks Stripe about the session through the same confirmation as
 * {@code GET /api/checkout/confirm} and the webhooks, and shows the order as it then stands; an
 * order already settled is shown from the database, so reloading this page costs Stripe nothing.
 */
@WebServlet("/checkout/success")
public class CheckoutSuccessPage extends PageServlet {

    private static final Logger LOG = Logger.getLogger(CheckoutSuccessPage.class.getName());

    @Inject
    PaymentConfirmation confirmation;

    @Inject
    CartHolders cartHolders;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sessionId = request.getParameter("session_id");
        if (sessionId == null || !sessionId.matches("cs_[A-Za-z0-9_]{1,250}")) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "This address does not name a checkout.");
        }
        Order order;
        try {
            order = confirmation.confirmBySession(sessionId)
                    .orElseThrow(() -> new ApiException(ErrorCode.CHECKOUT_SESSION_NOT_FOUND, "We know of no order for this checkout."));
        } catch (GatewayFailure stripeDidNotAnswer) {
            LOG.warning("Return page could not confirm session " + sessionId + ": " + stripeDidNotAnswer.getMessage());
            PaymentOutcomeView.recheckSoon(response);
            render(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Checking your payment",
                    PaymentOutcomeView.unconfirmed());
            return;
        }
        if (paymentWentThrough(order.status())) {
            CartCheckouts.paid(request, sessionId, cartHolders.of(request, caller()));
        }
        PaymentOutcomeView.Outcome outcome = PaymentOutcomeView.of(order);
        if (outcome.recheck()) {
            PaymentOutcomeView.recheckSoon(response);
        }
        render(request, response, outcome.title(), outcome.html());
    }

    // The money was taken (even if stock then ran short and a refund follows): what the cart held is bought.
    private static boolean paymentWentThrough(OrderStatus status) {
        return switch (status) {
            case PENDING, AWAITING_PAYMENT, PAYMENT_FAILED, EXPIRED -> false;
            default -> true;
        };
    }
}
