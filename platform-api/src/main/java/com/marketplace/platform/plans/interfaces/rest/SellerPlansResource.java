package com.marketplace.platform.plans.interfaces.rest;

import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.security.CurrentCaller;
import com.marketplace.platform.plans.application.NewPlan;
import com.marketplace.platform.plans.application.Plans;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A seller's subscription plans: the seller (or the admin) creates and lists them here. */
@Path("sellers/{sellerId}/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Sellers' subscription plans")
public class SellerPlansResource {

    @Inject
    Plans plans;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPlan", summary = "Create a plan: its Stripe Product and recurring Price are made before it is offered")
    @APIResponse(responseCode = "201", description = "Created and offered",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid; the body names each",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such seller, or not the caller",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "The seller has no Stripe account yet (stripe_account_missing)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "503", description = "Stripe could not be reached; the plan stays pending, hidden from buyers",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response create(@Parameter(description = "The seller id") @PathParam("sellerId") @Positive long sellerId,
                           @NotNull @Valid NewPlan request) {
        SellerId seller = caller.requireActingForSeller(sellerId);
        PlanResponse created = PlanResponse.of(plans.create(seller, request));
        return Response.created(uriInfo.getBaseUriBuilder().path("plans").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listSellerPlans", summary = "All of a seller's plans, in every status, oldest first")
    @APIResponse(responseCode = "200", description = "The seller's plans",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PlanResponse.class)))
    public List<PlanResponse> list(@Parameter(description = "The seller id") @PathParam("sellerId") @Positive long sellerId) {
        return plans.plansOf(caller.requireActingForSeller(sellerId)).stream().map(PlanResponse::of).toList();
    }
}
