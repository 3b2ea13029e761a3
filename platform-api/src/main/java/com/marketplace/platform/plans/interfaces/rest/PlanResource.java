package com.marketplace.platform.plans.interfaces.rest;

import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import com.marketplace.platform.kernel.security.CurrentCaller;
import com.marketplace.platform.plans.application.PlanEdit;
import com.marketplace.platform.plans.application.Plans;
import com.marketplace.platform.plans.domain.PlanId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
/** Plans by id: anyone reads the offered ones; their seller (or the admin) changes and retires them. */
@Tag(name = "Plans")
public class PlanResource {

    @Inject
    Plans plans;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listPlans", summary = "List the plans buyers can subscribe to (active), of every seller or of one, oldest first")
    @APIResponse(responseCode = "200", description = "One page of offered plans",
            content = @Content(schema = @Schema(implementation = PlanPageResponse.class)))
    @APIResponse(responseCode = "400", description = "sellerId, limit, offset, starting_after or ending_before out of range",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public PlanPageResponse list(
            @Parameter(description = "Only this seller's plans") @QueryParam("sellerId") @Positive Long sellerId,
            @Parameter(description = "How many plans to skip (0 to 10,000; deeper pages by starting_after)") @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit,
            @Parameter(description = "A plan id: the page starts after it (the previous page's last item)") @QueryParam("starting_after") String startingAfter,
            @Parameter(description = "A plan id: the page ends before it (the next page's first item)") @QueryParam("ending_before") String endingBefore) {
        Optional<SellerId> seller = Optional.ofNullable(sellerId).map(SellerId::new);
        Page<PlanResponse> page = plans.offered(seller, PageRequest.of(limit, startingAfter, endingBefore, offset)).map(PlanResponse::of);
        return new PlanPageResponse(page.items(), page.hasMore(), offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPlan", summary = "One plan: buyers see offered plans, its seller and the admin see it in any status")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", description = "No such plan (or not offered, and not the caller's)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public PlanResponse get(@Parameter(description = "The plan id") @PathParam("id") @Positive long id) {
        return PlanResponse.of(plans.plan(new PlanId(id), caller.get()));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "changePlan", summary = "Change a plan (its seller or the admin); a new amount, currency or interval makes a new Stripe Price")
    @APIResponse(responseCode = "200", description = "The plan after the change",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid; the body names each",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such plan, or another seller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "The plan is retired, or a concurrent change won",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "503", description = "Stripe could not be reached; buyers still see the plan as it was",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public PlanResponse change(@Parameter(description = "The plan id") @PathParam("id") @Positive long id,
                               @NotNull @Valid PlanEdit patch) {
        caller.requireAuthenticated();
        return PlanResponse.of(plans.change(new PlanId(id), patch, caller.get()));
    }

    @POST
    @Path("{id}/retire")
    @Operation(operationId = "retirePlan", summary = "Retire a plan: hidden from buyers for good, its Stripe Price deactivated; subscribers keep theirs")
    @APIResponse(responseCode = "200", description = "The retired plan",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such plan, or another seller's",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "503", description = "Stripe could not be reached; retire again to finish",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public PlanResponse retire(@Parameter(description = "The plan id") @PathParam("id") @Positive long id) {
        caller.requireAuthenticated();
        return PlanResponse.of(plans.retire(new PlanId(id), caller.get()));
    }
}
