package com.marketplace.platform.payouts.interfaces.rest;

import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.security.AdminOnly;
import com.marketplace.platform.kernel.security.CurrentCaller;
import com.marketplace.platform.payouts.application.SellerMoney;
import com.marketplace.platform.payouts.domain.Exposure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform's own Stripe balance and the sellers' exposure, for the admin. */
@Path("admin/balance")
@AdminOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seller money")
public class AdminBalanceResource {

    @Inject
    SellerMoney money;

    @Inject
    CurrentCaller caller;

    @GET
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

    @JsonbPropertyOrder({"balance", "exposure"})
    public record PlatformMoneyResponse(BalanceResponse balance, ExposureResponse exposure) {
    }

    /** Per currency: reversals refused for good, and open disputes on transferred money not yet reversed. */
    @JsonbPropertyOrder({"unrecoveredReversals", "openDisputes"})
    public record ExposureResponse(List<BalanceResponse.AmountResponse> unrecoveredReversals, List<BalanceResponse.AmountResponse> openDisputes) {
    }
}
