package com.marketplace.platform.payouts.interfaces.rest;

import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.security.CurrentCaller;
import com.marketplace.platform.payouts.application.SellerMoney;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A seller's payouts (the seller themselves or the admin). */
@Path("sellers/{sellerId}/payouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seller money")
public class SellerPayoutsResource {

    @Inject
    SellerMoney money;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listSellerPayouts", summary = "The seller's payouts, newest first")
    @APIResponse(responseCode = "200", description = "A page of payouts", content = @Content(schema = @Schema(implementation = PayoutResponse.Page.class)))
    @APIResponse(responseCode = "400", description = "limit or offset out of range", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such seller, or not the caller", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public PayoutResponse.Page payouts(@Parameter(description = "The seller id") @PathParam("sellerId") @Positive long sellerId,
                                       @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
                                       @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        SellerId seller = caller.requireActingForSeller(sellerId);
        return PayoutResponse.Page.of(money.payouts(seller, caller.get(), limit, offset), limit, offset);
    }
}
