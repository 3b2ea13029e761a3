package com.marketplace.platform.payouts.interfaces.rest;

import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.security.CurrentCaller;
import com.marketplace.platform.payouts.application.SellerMoney;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
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

/** A seller's Stripe balance (the seller themselves or the admin). */
@Path("sellers/{sellerId}/balance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seller money")
public class SellerBalanceResource {

    @Inject
    SellerMoney money;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "getSellerBalance", summary = "Available and pending amounts per currency on the seller's Stripe account (kept up to BALANCE_CACHE_SECONDS)")
    @APIResponse(responseCode = "200", description = "The balance, in Stripe's shape", content = @Content(schema = @Schema(implementation = BalanceResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such seller, or not the caller", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "The seller has no Stripe account yet", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "502", description = "Stripe refused", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "503", description = "Stripe could not be reached", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public BalanceResponse balance(@Parameter(description = "The seller id") @PathParam("sellerId") @Positive long sellerId) {
        SellerId seller = caller.requireActingForSeller(sellerId);
        return BalanceResponse.of(money.balance(seller, caller.get()));
    }
}
