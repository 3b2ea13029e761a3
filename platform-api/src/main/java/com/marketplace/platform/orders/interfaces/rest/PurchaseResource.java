package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.security.CurrentCaller;
import com.marketplace.platform.orders.domain.PurchaseId;
import com.marketplace.platform.orders.queries.OrderQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One purchase, with each seller's part: for the buyer who made it and the admin. Sellers read their own orders instead. */
@Path("purchases/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class PurchaseResource {

    @Inject
    OrderQueries queries;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "getPurchase", summary = "A purchase and every order of it: to the signed-in buyer who made it, to whoever holds its order token,"
            + " and to the admin (who also sees each order's fee and transfer)")
    @APIResponse(responseCode = "200", description = "The purchase",
            content = @Content(schema = @Schema(implementation = PurchaseResponse.class)))
    @APIResponse(responseCode = "404", description = "No such purchase, or not the caller's (a seller's included)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public PurchaseResponse get(@Parameter(description = "The purchase id") @PathParam("id") @Positive long id,
                                @Parameter(description = "The buyer's order token, from the checkout")
                                @HeaderParam(OrderResource.ORDER_TOKEN_HEADER) String token) {
        return PurchaseResponse.of(queries.purchase(new PurchaseId(id), caller.get(), token), caller.get().isAdmin());
    }
}
