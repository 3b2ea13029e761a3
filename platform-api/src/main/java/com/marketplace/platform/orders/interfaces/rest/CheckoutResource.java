package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.checkout.CheckoutService;
import com.marketplace.platform.orders.payment.PaymentConfirmation;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import com.marketplace.platform.orders.checkout.CartItem;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A buyer starts a checkout here, and the return page asks here whether it was paid. No sign-in needed. */
@Path("checkout")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checkout", description = "Buying a product through Stripe Checkout")
public class CheckoutResource {

    @Inject
    CheckoutService checkout;

    @Inject
    PaymentConfirmation confirmation;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startCheckout", summary = "Start a checkout: creates the order and its Stripe Checkout Session; send the buyer to url."
            + " A promotionCode is checked with Stripe first and applied to the session; the platform's fee is taken of"
            + " what the buyer pays after it")
    @APIResponse(responseCode = "201", description = "The order (PENDING) and where to pay (orderId for productId and quantity;"
            + " orderIds, one order per seller, for items)",
            content = @Content(schema = @Schema(implementation = CheckoutStarted.class)))
    @APIResponse(responseCode = "400", description = "productId or quantity missing or out of range (validation_failed), or"
            + " a promotion code that is unknown, inactive, expired, used up or not usable on this order, or sent with a cart from"
            + " several sellers (promotion_code_invalid); items priced in different currencies (mixed_currencies);"
            + " nothing was created",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "No such product")
    @APIResponse(responseCode = "409", description = "Not on sale (product_not_available), the seller cannot take payments"
            + " (seller_not_active), or not enough in stock (insufficient_stock)")
    @APIResponse(responseCode = "502", description = "Stripe refused the session; nothing was charged")
    @APIResponse(responseCode = "503", description = "Stripe did not answer; nothing was charged, try again")
    public Response start(@NotNull @Valid CheckoutRequest request) {
        List<CartItem> items = request.cartItems().orElseThrow(() -> new ApiException(ErrorCode.VALIDATION_FAILED,
                "Send either productId and quantity, or items (a list of {productId, quantity}), not both"));
        Optional<String> code = Optional.ofNullable(request.promotionCode());
        if (request.isSingleProduct()) {
            CheckoutResponse started = CheckoutResponse.of(checkout.start(items.get(0).productId(), items.get(0).quantity(), code,
                    caller.get()));
            return Response.created(uriInfo.getBaseUriBuilder().path("orders").path(String.valueOf(started.orderId())).build())
                    .entity(started).build();
        }
        PurchaseCheckoutResponse started = PurchaseCheckoutResponse.of(checkout.checkout(caller.get(), items, code));
        return Response.created(uriInfo.getBaseUriBuilder().path("purchases").path(String.valueOf(started.purchaseId())).build())
                .entity(started).build();
    }

    @GET
    @Path("confirm")
    @Operation(operationId = "confirmCheckout", summary = "The return page's check: asks Stripe about the session of an order not yet settled, and answers"
            + " the order as it now stands (a settled order is answered from the platform's records)")
    @APIResponse(responseCode = "200", description = "The order, as its buyer sees it",
            content = @Content(schema = @Schema(implementation = BuyerOrderResponse.class)))
    @APIResponse(responseCode = "400", description = "session_id missing",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "No order has this session")
    public BuyerOrderResponse confirm(
            @Parameter(description = "The Checkout Session id Stripe put in the return URL") @QueryParam("session_id") String sessionId) {
        if (sessionId == null || !sessionId.matches("cs_[A-Za-z0-9_]{1,250}")) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "session_id must be a Checkout Session id (cs_...)");
        }
        return confirmation.confirmBySession(sessionId).map(BuyerOrderResponse::of)
                .orElseThrow(() -> new ApiException(ErrorCode.CHECKOUT_SESSION_NOT_FOUND, "No order has checkout session " + sessionId));
    }
}
