package com.marketplace.platform.fees.interfaces.rest;

import com.marketplace.platform.fees.application.FeeSchedule;
import com.marketplace.platform.kernel.money.CurrencyCode;
import com.marketplace.platform.kernel.money.SupportedCurrency;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.security.AdminOnly;
import com.marketplace.platform.kernel.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

/** The platform's fees: the admin reads and changes the schedule; every change is audited with who made it. */
@Path("admin/fees")
@AdminOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: fees", description = "Default fee per currency, per-seller overrides, and their audit")
public class AdminFeesResource {

    static final int AUDIT_ENTRIES_SHOWN = 100;

    @Inject
    FeeSchedule schedule;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "getFeeSchedule", summary = "Defaults per currency, sellers' overrides, the fallback for a currency without a default,"
            + " and the last 100 changes, newest first")
    @APIResponse(responseCode = "200", description = "The schedule",
            content = @Content(schema = @Schema(implementation = FeeScheduleResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in as the admin")
    @APIResponse(responseCode = "403", description = "Signed in, but not as the admin")
    public FeeScheduleResponse get() {
        return FeeScheduleResponse.of(schedule.currentSchedule(), schedule.recentChanges(AUDIT_ENTRIES_SHOWN));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setDefaultFee", summary = "Set a currency's default rate; applies to sales whose checkout starts afterwards")
    @APIResponse(responseCode = "200", description = "The default after the change",
            content = @Content(schema = @Schema(implementation = DefaultFeeResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid; the body names each",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public DefaultFeeResponse setDefault(@NotNull @Valid FeeRateRequest request) {
        return DefaultFeeResponse.of(schedule.setDefault(request.toRate(), admin()));
    }

    @GET
    @Path("sellers/{sellerId}")
    @Operation(operationId = "getApplicableFeeRate", summary = "The rate a seller's sale in a currency is charged at, and where it comes from"
            + " (SELLER_OVERRIDE, DEFAULT or FALLBACK)")
    @APIResponse(responseCode = "200", description = "The applicable rate",
            content = @Content(schema = @Schema(implementation = ApplicableRateResponse.class)))
    @APIResponse(responseCode = "404", description = "No such seller (seller_not_found)")
    public ApplicableRateResponse applicableRate(@Parameter(description = "The seller id") @PathParam("sellerId") @Positive long sellerId,
                                                 @Parameter(description = "A lowercase currency, e.g. eur")
                                                 @QueryParam("currency") @NotNull @SupportedCurrency String currency) {
        SellerId seller = new SellerId(sellerId);
        return ApplicableRateResponse.of(seller, schedule.applicableRateOfExistingSeller(seller, new CurrencyCode(currency)));
    }

    @PUT
    @Path("sellers/{sellerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setSellerFeeOverride", summary = "Give a seller their own rate in a currency, in place of the default")
    @APIResponse(responseCode = "200", description = "The override after the change",
            content = @Content(schema = @Schema(implementation = SellerFeeResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid; the body names each",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "No such seller (seller_not_found)")
    public SellerFeeResponse setOverride(@Parameter(description = "The seller id") @PathParam("sellerId") @Positive long sellerId,
                                         @NotNull @Valid FeeRateRequest request) {
        return SellerFeeResponse.of(schedule.setOverride(new SellerId(sellerId), request.toRate(), admin()));
    }

    @DELETE
    @Path("sellers/{sellerId}")
    @Operation(operationId = "removeSellerFeeOverride", summary = "Remove a seller's override in a currency: their sales go back to the default")
    @APIResponse(responseCode = "204", description = "No override left (also when there was none, which is not audited)")
    @APIResponse(responseCode = "400", description = "currency missing or not supported",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "No such seller (seller_not_found)")
    public void removeOverride(@Parameter(description = "The seller id") @PathParam("sellerId") @Positive long sellerId,
                               @Parameter(description = "A lowercase currency, e.g. eur")
                               @QueryParam("currency") @NotNull @SupportedCurrency String currency) {
        schedule.removeOverride(new SellerId(sellerId), new CurrencyCode(currency), admin());
    }

    // The filter has already checked the caller is an admin; the audit records which one.
    private String admin() {
        return caller.get().adminEmail();
    }
}
