package com.marketplace.web.pages.seller;

import com.marketplace.platform.orders.application.OrderQueries;
import com.marketplace.platform.orders.application.RefundExecutor;
import com.marketplace.platform.orders.application.RefundRequests;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.orders.domain.OrderRefund;
import com.marketplace.platform.orders.interfaces.rest.RefundRequest;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.web.pages.support.Flash;
import com.marketplace.web.pages.support.MoneyText;
import com.marketplace.web.pages.support.PageServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A seller refunds one of their orders from the orders page: the same two steps as
 * {@code POST /api/orders/{id}/refund} (write the refund under the order's lock, then send it to
 * Stripe at once), and the flash says which of the three outcomes it had: done, left to the
 * outbox because Stripe did not answer, or refused by Stripe.
 */
@WebServlet("/seller/orders/*")
public class OrderRefundServlet extends PageServlet {

    @Inject
    OrderQueries orders;

    @Inject
    RefundRequests refunds;

    @Inject
    RefundExecutor executor;

    @Inject
    Validator validator;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SellerId> seller = requireSeller(request, response);
        if (seller.isEmpty()) {
            return;
        }
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}/refund")) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no such page");
        }
        OrderId id = new OrderId(idFromPath(request));
        // Read first: another seller's order is "not found" before anything typed is even looked at.
        Order order = orders.forCaller(id, caller());
        String currency = order.currency().value();
        String typed = request.getParameter("amount");
        Long amount = null;
        if (typed != null && !typed.isBlank()) {
            OptionalLong parsed = MoneyText.parse(typed, currency);
            if (parsed.isEmpty()) {
                throw new ApiException(ErrorCode.VALIDATION_FAILED, "The refund amount must be an amount such as 5.00");
            }
            amount = parsed.getAsLong();
        }
        RefundRequest asked = new RefundRequest(amount, request.getParameter("restock") != null);
        Set<ConstraintViolation<RefundRequest>> violations = validator.validate(asked);
        if (!violations.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, violations.stream()
                    .map(v -> "The refund " + v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        OrderRefund owed = refunds.request(id, Optional.ofNullable(asked.amount()), asked.restock(), caller(), "seller:" + seller.get().value());
        executor.executeNow(owed.id());
        OrderRefund refund = orders.refundsOf(id).stream().filter(r -> r.id() == owed.id()).findFirst().orElse(owed);
        String refunded = MoneyText.format(refund.amount(), currency);
        Flash.set(request, switch (refund.status()) {
            case SUCCEEDED -> "Refunded " + refunded + " on order " + id + (refund.restock() ? "; the items are back in stock." : ".");
            case PENDING -> "Refund of " + refunded + " on order " + id + " sent to Stripe; it will complete shortly.";
            case FAILED -> "Stripe refused the refund of " + refunded + " on order " + id + "; it is recorded as failed for an admin to look at.";
        });
        seeOther(response, "/seller/orders");
    }
}
