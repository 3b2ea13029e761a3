package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.queries.OrderQueries;
import com.marketplace.platform.orders.refunds.RefundOutcome;
import com.marketplace.platform.orders.refunds.Refunds;
import com.marketplace.platform.orders.domain.Order;
import com.marketplace.platform.orders.domain.OrderId;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One order: its buyer (by order token), its seller or the admin reads it; the seller or the admin refunds it. */
@Path("orders/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderResource {

    static final String ORDER_TOKEN_HEADER = "X-Order-Token";

    @Inject
    OrderQueries queries;

    @Inject
    Refunds refunds;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "getOrder", summary = "An order: the seller's and admin's view when signed in, the buyer's view with the order token"
            + " or to the signed-in buyer it belongs to")
    @APIResponse(responseCode = "200", description = "The order (OrderResponse for its seller and the admin, BuyerOrderResponse for the buyer)",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "404", description = "No such order, or not the caller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Object get(@Parameter(description = "The order id") @PathParam("id") @Positive long id,
                      @Parameter(description = "The buyer's order token, from the checkout") @HeaderParam(ORDER_TOKEN_HEADER) String token) {
        OrderId orderId = new OrderId(id);
        if (caller.get().isAnonymous() || caller.get().isBuyer()) {
            return BuyerOrderResponse.of(queries.forBuyer(orderId, token, caller.get().buyer()), queries.linesOf(orderId));
        }
        Order order = queries.forCaller(orderId, caller.get());
        return OrderResponse.of(order, queries.refundsOf(orderId), queries.linesOf(orderId), queries.transferOf(orderId));
    }

    @POST
    @Path("refund")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "refundOrder", summary = "Refund all or part of a paid order (its seller or the admin); restock=true puts the items back")
    @APIResponse(responseCode = "200", description = "Refunded at Stripe",
            content = @Content(schema = @Schema(implementation = RefundResponse.class)))
    @APIResponse(responseCode = "202", description = "Owed and queued: Stripe did not answer; it is retried until it does",
            content = @Content(schema = @Schema(implementation = RefundResponse.class)))
    @APIResponse(responseCode = "400", description = "amount is not positive",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such order, or another seller's")
    @APIResponse(responseCode = "409", description = "Not refundable in its state (order_not_refundable) or more than is left (refund_exceeds_remaining)")
    @APIResponse(responseCode = "502", description = "Stripe refused the refund; it is recorded as FAILED")
    public Response refund(@Parameter(description = "The order id") @PathParam("id") @Positive long id, @Valid RefundRequest request) {
        caller.requireAuthenticated();
        Optional<RefundRequest> body = Optional.ofNullable(request);
        RefundOutcome outcome = refunds.refund(new OrderId(id), body.map(RefundRequest::amount),
                body.map(RefundRequest::restock).orElse(false), caller.get());
        if (outcome.refusedByStripe()) {
            throw new ApiException(ErrorCode.STRIPE_ERROR, "Stripe refused refund " + outcome.refund().id() + " of order " + id
                    + "; it is recorded as FAILED for an admin to look at");
        }
        return Response.status(outcome.refundedNow() ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(RefundResponse.of(outcome.refund())).build();
    }
}
