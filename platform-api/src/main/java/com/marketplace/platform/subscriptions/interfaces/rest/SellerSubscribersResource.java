package com.marketplace.platform.subscriptions.interfaces.rest;

import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.security.CurrentCaller;
import com.marketplace.platform.subscriptions.application.Subscriptions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
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

/** A seller's check of whether a buyer may use what they sell by subscription. */
@Path("sellers/{sellerId}/subscribers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions")
public class SellerSubscribersResource {

    @Inject
    Subscriptions subscriptions;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("access")
    @Operation(operationId = "checkSubscriberAccess", summary = "Whether the buyer with this email has access through a subscription to the seller")
    @APIResponse(responseCode = "200", description = "access, access_past_due (with a warning) or none, and the buyer's subscriptions to the seller",
            content = @Content(schema = @Schema(implementation = AccessResponse.class)))
    @APIResponse(responseCode = "400", description = "email is missing or invalid", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such seller, or not the caller", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public AccessResponse access(@Parameter(description = "The seller id") @PathParam("sellerId") @Positive long sellerId,
                                 @Parameter(description = "The buyer's email") @QueryParam("email") @NotNull @Size(max = 254)
                                 @Pattern(regexp = "[^@\\s]+@[^@\\s]+", message = "must be an email address") String email) {
        SellerId seller = caller.requireActingForSeller(sellerId);
        return AccessResponse.of(subscriptions.access(seller, email, caller.get()));
    }
}
