package com.marketplace.onboarding.interfaces.rest;

import com.marketplace.onboarding.application.DashboardLinks.DashboardLink;
import com.marketplace.onboarding.application.DashboardLinks;
import com.marketplace.onboarding.application.OnboardingLinks;
import com.marketplace.onboarding.application.SellerQueries;
import com.marketplace.onboarding.application.SellerRegistration;
import com.marketplace.onboarding.application.SellerSignUp;
import com.marketplace.onboarding.domain.ConnectedAccounts.HostedLink;
import com.marketplace.onboarding.domain.Seller;
import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.security.CurrentCaller;
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

/** Sellers: sign-up, their standing with Stripe, and links into Stripe's hosted pages. */
@Path("sellers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sellers", description = "Seller registration and Stripe onboarding")
public class SellerResource {

    @Inject
    SellerRegistration registration;

    @Inject
    SellerQueries queries;

    @Inject
    OnboardingLinks onboardingLinks;

    @Inject
    DashboardLinks dashboardLinks;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerSeller", summary = "Register as a seller; creates the seller's Stripe connected account")
    @APIResponse(responseCode = "201", description = "Registered; onboarding with Stripe comes next",
            content = @Content(schema = @Schema(implementation = SellerResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid; the body names each",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "The email is registered already (email_taken)")
    public Response register(@NotNull @Valid SellerSignUp request) {
        Seller seller = registration.register(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(seller.id().value())).build())
                .entity(SellerResponse.of(seller)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSeller", summary = "A seller and their onboarding status, with what is still due in words (the seller or the admin)")
    @APIResponse(responseCode = "200", description = "The seller",
            content = @Content(schema = @Schema(implementation = SellerResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such seller, or not the caller")
    public SellerResponse get(@Parameter(description = "The seller id") @PathParam("id") @Positive long id) {
        return SellerResponse.of(queries.seller(caller.requireActingForSeller(id)));
    }

    @POST
    @Path("{id}/onboarding-link")
    @Operation(operationId = "createOnboardingLink", summary = "A fresh link into Stripe's hosted onboarding (open it at once: it works once and expires in minutes)")
    @APIResponse(responseCode = "200", description = "The link",
            content = @Content(schema = @Schema(implementation = LinkResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such seller, or not the caller")
    @APIResponse(responseCode = "503", description = "Stripe could not be reached")
    public LinkResponse onboardingLink(@Parameter(description = "The seller id") @PathParam("id") @Positive long id) {
        HostedLink link = onboardingLinks.create(caller.requireActingForSeller(id));
        return new LinkResponse("account_onboarding", link.url().toString(), link.expiresAt(),
                "Open this link to continue onboarding with Stripe.");
    }

    @POST
    @Path("{id}/dashboard-link")
    @Operation(operationId = "createDashboardLink", summary = "Where the seller manages their Stripe account: an Express login link, or their own Stripe Dashboard")
    @APIResponse(responseCode = "200", description = "The link",
            content = @Content(schema = @Schema(implementation = LinkResponse.class)))
    @APIResponse(responseCode = "409", description = "Details not submitted yet (onboarding_incomplete)")
    public LinkResponse dashboardLink(@Parameter(description = "The seller id") @PathParam("id") @Positive long id) {
        DashboardLink link = dashboardLinks.create(caller.requireActingForSeller(id));
        return new LinkResponse(link.kind().name().toLowerCase(java.util.Locale.ROOT), link.url().toString(), null, link.message());
    }
}
