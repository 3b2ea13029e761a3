package com.marketplace.platform.cart.interfaces.rest;

import com.marketplace.platform.cart.application.CartHolder;
import com.marketplace.platform.cart.application.Carts;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in buyer's stored cart, the same one the cart page shows them (guests' carts live in
 * the page session, which the API does not have). Checkout: {@code POST /api/checkout {items}}.
 */
@Path("cart")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cart", description = "The signed-in buyer's cart")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@APIResponse(responseCode = "403", description = "Signed in, but not as a buyer", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
public class CartResource {

    @Inject
    Carts carts;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "getCart", summary = "The cart with today's prices")
    @APIResponse(responseCode = "200", description = "The cart", content = @Content(schema = @Schema(implementation = CartResponse.class)))
    public CartResponse cart() {
        return CartResponse.of(carts.show(buyersCart()));
    }

    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addToCart", summary = "Puts a product in the cart (or more of one already there)")
    @APIResponse(responseCode = "200", description = "The cart", content = @Content(schema = @Schema(implementation = CartResponse.class)))
    @APIResponse(responseCode = "400", description = "Another currency than the cart's (mixed_currencies), or an invalid field",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "The product is not on sale", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "More than is left (insufficient_stock)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public CartResponse add(@NotNull @Valid CartItemRequest request) {
        CartHolder cart = buyersCart();
        carts.add(cart, new ProductId(request.productId()), request.quantity() == null ? 1 : request.quantity());
        return CartResponse.of(carts.show(cart));
    }

    @PATCH
    @Path("items/{productId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeCartQuantity", summary = "Sets a line's quantity")
    @APIResponse(responseCode = "200", description = "The cart", content = @Content(schema = @Schema(implementation = CartResponse.class)))
    @APIResponse(responseCode = "400", description = "An invalid quantity", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "No such line, or the product is not on sale",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "More than is left (insufficient_stock)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public CartResponse change(@PathParam("productId") @Positive long productId, @NotNull @Valid CartQuantityRequest request) {
        CartHolder cart = buyersCart();
        carts.change(cart, new ProductId(productId), request.quantity());
        return CartResponse.of(carts.show(cart));
    }

    @DELETE
    @Path("items/{productId}")
    @Operation(operationId = "removeFromCart", summary = "Removes a line (nothing happens when the cart has none for the product)")
    @APIResponse(responseCode = "200", description = "The cart", content = @Content(schema = @Schema(implementation = CartResponse.class)))
    public CartResponse remove(@PathParam("productId") @Positive long productId) {
        CartHolder cart = buyersCart();
        carts.remove(cart, new ProductId(productId));
        return CartResponse.of(carts.show(cart));
    }

    private CartHolder buyersCart() {
        caller.requireAuthenticated();
        return carts.storedFor(caller.get().buyer()
                .orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, "Only a buyer has a stored cart; sign in as one")));
    }
}
