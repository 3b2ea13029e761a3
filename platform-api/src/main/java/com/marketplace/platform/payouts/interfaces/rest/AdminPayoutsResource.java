package com.marketplace.platform.payouts.interfaces.rest;

import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.security.AdminOnly;
import com.marketplace.platform.kernel.security.CurrentCaller;
import com.marketplace.platform.payouts.application.SellerMoney;
import com.marketplace.platform.payouts.domain.PayoutRefusal;
import com.marketplace.platform.payouts.domain.PayoutStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every seller's payouts by status, for the admin. */
@Path("admin/payouts")
@AdminOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seller money")
public class AdminPayoutsResource {

    @Inject
    SellerMoney money;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listPayoutsByStatus", summary = "Every seller's payouts in a status (default failed), newest first")
    @APIResponse(responseCode = "200", description = "A page of payouts", content = @Content(schema = @Schema(implementation = PayoutResponse.Page.class)))
    @APIResponse(responseCode = "400", description = "Unknown status, or limit or offset out of range", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the admin")
    public PayoutResponse.Page payouts(@QueryParam("status") @DefaultValue("failed") String status,
                                       @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit,
                                       @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return PayoutResponse.Page.of(money.payoutsWithStatus(status(status), caller.get(), limit, offset), limit, offset);
    }

    private static PayoutStatus status(String code) {
        try {
            return PayoutStatus.fromStripe(code);
        } catch (IllegalArgumentException e) {
            throw new PayoutRefusal(PayoutRefusal.Reason.VALIDATION_FAILED, "status must be one of pending, in_transit, paid, failed, canceled");
        }
    }
}
