package com.marketplace.platform.buyers.interfaces.rest;

import com.marketplace.platform.buyers.application.BuyerAccounts;
import com.marketplace.platform.buyers.application.BuyerRegistration;
import com.marketplace.platform.buyers.application.BuyerSignUp;
import com.marketplace.platform.buyers.domain.Buyer;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.kernel.ids.BuyerId;
import com.marketplace.platform.kernel.security.CurrentCaller;
import com.marketplace.platform.subscriptions.application.Subscriptions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Buyers: sign-up, and the signed-in buyer's own account with their purchases and subscriptions. */
@Path("buyers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Buyers", description = "Buyer accounts and their purchases")
public class BuyerResource {

    @Inject
    BuyerRegistration registration;

    @Inject
    BuyerAccounts accounts;

    @Inject
    Subscriptions subscriptions;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerBuyer", summary = "Sign up as a buyer; then sign in with the email and password (HTTP Basic, or the sign-in page)")
    @APIResponse(responseCode = "201", description = "Signed up",
            content = @Content(schema = @Schema(implementation = BuyerResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid; the body names each",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "The email already has an account, a buyer's or a seller's (email_taken)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response signUp(@NotNull @Valid BuyerSignUp request) {
        Buyer buyer = registration.register(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path("me").build())
                .entity(BuyerResponse.of(buyer, List.of(), List.of())).build();
    }

    @GET
    @Path("me")
    @Operation(operationId = "getCurrentBuyer", summary = "The signed-in buyer: their profile, their purchases (also guest purchases paid with their email)"
            + " and their subscriptions, newest first")
    @APIResponse(responseCode = "200", description = "The buyer",
            content = @Content(schema = @Schema(implementation = BuyerResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "403", description = "Signed in, but not as a buyer",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public BuyerResponse me() {
        caller.requireAuthenticated();
        BuyerId buyer = caller.get().buyer()
                .orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, "Only a buyer has a buyer account; sign in as one"));
        var account = accounts.of(buyer);
        return BuyerResponse.of(account.buyer(), account.purchases(), subscriptions.ofBuyer(buyer));
    }
}
