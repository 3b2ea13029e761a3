package com.marketplace.platform.subscriptions.interfaces.rest;

import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.security.CurrentCaller;
import com.marketplace.platform.plans.domain.PlanId;
import com.marketplace.platform.subscriptions.application.SubscriptionLinks;
import com.marketplace.platform.subscriptions.application.Subscriptions;
import com.marketplace.platform.subscriptions.domain.SubscriptionId;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Buyers' subscriptions: subscribe through Checkout, read, open the customer portal, switch plan, cancel. */
@Path("subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions", description = "Buyers' subscriptions to sellers' plans")
public class SubscriptionResource {

    @Inject
    Subscriptions subscriptions;

    @Inject
    SubscriptionLinks links;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribe", summary = "Subscribe the signed-in buyer to a plan: answers the Checkout Session to pay at")
    @APIResponse(responseCode = "201", description = "The subscription, pending until the session is paid, and the session's URL",
            content = @Content(schema = @Schema(implementation = StartedResponse.class)))
    @APIResponse(responseCode = "400", description = "planId is missing or invalid", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a buyer", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "No such plan offered", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "The plan's seller cannot take subscribers now",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "502", description = "Stripe refused", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "503", description = "Stripe could not be reached", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response subscribe(@NotNull @Valid SubscribeRequest request) {
        caller.requireAuthenticated();
        StartedResponse started = StartedResponse.of(subscriptions.start(caller.get(), new PlanId(request.planId())));
        return Response.created(uriInfo.getBaseUriBuilder().path("subscriptions").path(String.valueOf(started.subscriptionId())).build())
                .entity(started).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSubscription", summary = "A subscription, for its buyer, its seller or the admin")
    @APIResponse(responseCode = "200", description = "The subscription", content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such subscription, or not the caller's", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public SubscriptionResponse get(@Parameter(description = "The subscription id") @PathParam("id") @Positive long id) {
        caller.requireAuthenticated();
        return SubscriptionResponse.of(subscriptions.find(new SubscriptionId(id), caller.get()));
    }

    @POST
    @Path("{id}/portal")
    @Operation(operationId = "openSubscriptionPortal", summary = "Open Stripe's customer portal for the subscription's customer (card, cancel, switch plan)")
    @APIResponse(responseCode = "200", description = "The portal session's URL", content = @Content(schema = @Schema(implementation = PortalResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such subscription, or not the caller's", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "Its checkout is not done", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "503", description = "Stripe could not be reached", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public PortalResponse portal(@Parameter(description = "The subscription id") @PathParam("id") @Positive long id) {
        caller.requireAuthenticated();
        SubscriptionId subscription = new SubscriptionId(id);
        return new PortalResponse(subscriptions.portal(subscription, caller.get(), links.manage(subscription)).toString());
    }

    @POST
    @Path("{id}/change-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeSubscriptionPlan", summary = "Switch to another offered plan of the same seller and currency, prorating the rest of the period")
    @APIResponse(responseCode = "200", description = "The subscription after the switch", content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "planId is missing or invalid", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such subscription or plan", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "The subscription is not running, or the plan is not one it can switch to",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "503", description = "Stripe could not be reached", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public SubscriptionResponse changePlan(@Parameter(description = "The subscription id") @PathParam("id") @Positive long id,
                                           @NotNull @Valid SubscribeRequest request) {
        caller.requireAuthenticated();
        return SubscriptionResponse.of(subscriptions.changePlan(new SubscriptionId(id), new PlanId(request.planId()), caller.get()));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelSubscription", summary = "Cancel at the end of the paid period, or at once")
    @APIResponse(responseCode = "200", description = "The subscription after the cancel", content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "atPeriodEnd is missing", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such subscription, or not the caller's", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "The subscription is not running", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "503", description = "Stripe could not be reached", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public SubscriptionResponse cancel(@Parameter(description = "The subscription id") @PathParam("id") @Positive long id,
                                       @NotNull @Valid CancelRequest request) {
        caller.requireAuthenticated();
        return SubscriptionResponse.of(subscriptions.cancel(new SubscriptionId(id), request.atPeriodEnd(), caller.get()));
    }
}
