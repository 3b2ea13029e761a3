package com.marketplace.onboarding.interfaces.rest;

import com.marketplace.onboarding.application.SellerAdministration;
import com.marketplace.onboarding.application.SellerQueries;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import com.marketplace.onboarding.domain.Seller;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Context;
import com.marketplace.platform.kernel.security.AdminOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admin's view of sellers, and the seller settings only an admin changes: the charge type and the account type. */
@Path("admin/sellers")
@AdminOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class AdminSellersResource {

    @Inject
    SellerQueries queries;

    @Inject
    SellerAdministration administration;

    @GET
    @Operation(operationId = "listSellers", summary = "Sellers with their status and charge type, oldest first")
    public List<SellerResponse> list(@Parameter(description = "How many to skip (0 to 10,000; deeper pages by starting_after)") @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                     @Parameter(description = "Page size, 1 to 200") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
                                     @Parameter(description = "A seller id: the page starts after it (the previous page's last)") @QueryParam("starting_after") String startingAfter,
                                     @Parameter(description = "A seller id: the page ends before it (the next page's first)") @QueryParam("ending_before") String endingBefore,
                                     @Context HttpServletResponse response) {
        // A bare array, as before, for the clients that read it; whether more follow is the Has-More header.
        Page<Seller> page = queries.sellers(PageRequest.of(limit, startingAfter, endingBefore, offset));
        response.setHeader("Has-More", Boolean.toString(page.hasMore()));
        return page.items().stream().map(SellerResponse::of).toList();
    }

    @PUT
    @Path("{id}/charge-type")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeChargeType", summary = "Change how a seller's future sales are charged (DIRECT or DESTINATION)")
    public SellerResponse changeChargeType(@Parameter(description = "The seller id") @PathParam("id") @Positive long id,
                                           @NotNull @Valid ChargeTypeRequest request) {
        return SellerResponse.of(administration.changeChargeType(new SellerId(id), request.toChargeType()));
    }

    @PUT
    @Path("{id}/account-type")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "switchSellerAccountType", summary = "Switch a seller to Express or Standard accounts: their next onboarding link creates a new account of that type;"
            + " refused with 409 account_in_use once money may have gone through their current account")
    @APIResponse(responseCode = "200", description = "The seller, with the new account type",
            content = @Content(schema = @Schema(implementation = SellerResponse.class)))
    @APIResponse(responseCode = "400", description = "The account type is not express or standard (validation_failed)")
    @APIResponse(responseCode = "404", description = "No such seller (seller_not_found)")
    @APIResponse(responseCode = "409", description = "Money may have gone through the seller's current account (account_in_use)")
    public SellerResponse switchAccountType(@Parameter(description = "The seller id") @PathParam("id") @Positive long id,
                                            @NotNull @Valid AccountTypeRequest request) {
        return SellerResponse.of(administration.switchAccountType(new SellerId(id), request.toAccountType()));
    }
}
