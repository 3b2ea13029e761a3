package com.marketplace.platform.payouts.interfaces.rest;

import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.security.AdminOnly;
import com.marketplace.platform.kernel.security.CurrentCaller;
import com.marketplace.platform.payouts.application.SellerMoney;
import com.marketplace.platform.payouts.domain.Exposure;
import com.marketplace.platform.payouts.domain.PayoutRefusal;
import com.marketplace.platform.payouts.domain.PayoutStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admin's view of money: every seller's payouts by status, the platform's balance and the sellers' exposure. */
@Path("admin")
@AdminOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seller money")
public class AdminMoneyResource {

    @Inject
    SellerMoney money;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("payouts")
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

    @GET
    @Path("balance")
    @Operation(operationId = "getPlatformBalance", summary = "The platform's own Stripe balance, and the sellers' exposure (disputed amounts not yet recovered)")
    @APIResponse(responseCode = "200", description = "Balance and exposure", content = @Content(schema = @Schema(implementation = PlatformMoneyResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the admin")
    @APIResponse(responseCode = "502", description = "Stripe refused", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "503", description = "Stripe could not be reached", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public PlatformMoneyResponse balance() {
        Exposure exposure = money.exposure(caller.get());
        return new PlatformMoneyResponse(BalanceResponse.of(money.platformBalance(caller.get())),
                new ExposureResponse(BalanceResponse.AmountResponse.of(exposure.unrecoveredReversals()),
                        BalanceResponse.AmountResponse.of(exposure.openDisputes())));
    }

    private static PayoutStatus status(String code) {
        try {
            return PayoutStatus.fromStripe(code);
        } catch (IllegalArgumentException e) {
            throw new PayoutRefusal(PayoutRefusal.Reason.VALIDATION_FAILED, "status must be one of pending, in_transit, paid, failed, canceled");
        }
    }

    @JsonbPropertyOrder({"balance", "exposure"})
    public record PlatformMoneyResponse(BalanceResponse balance, ExposureResponse exposure) {
    }

    /** Per currency: reversals refused for good, and open disputes on transferred money not yet reversed. */
    @JsonbPropertyOrder({"unrecoveredReversals", "openDisputes"})
    public record ExposureResponse(List<BalanceResponse.AmountResponse> unrecoveredReversals, List<BalanceResponse.AmountResponse> openDisputes) {
    }
}
