package com.marketplace.platform.kpis.interfaces.rest;

import com.marketplace.platform.kernel.security.AdminOnly;
import com.marketplace.platform.kpis.application.KpiReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admins' KPIs of one currency and period (docs/kpis.md defines every figure). */
@Path("admin/kpis")
@AdminOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: KPIs")
public class AdminKpisResource {

    @Inject
    KpiReport report;

    // Both parameters are taken as text and checked by the use case, so "days=abc" is the same JSON
    // 400 naming the parameter as "days=2", not the 404 JAX-RS answers for a query parameter it cannot convert.
    @GET
    @Operation(operationId = "getKpis", summary = "Payment, checkout, refund, dispute, subscription and webhook KPIs of one currency over the last 1, 7 or 30 days")
    @APIResponse(responseCode = "200", description = "The KPIs; rates are fractions from 0 to 1, null when there is nothing to divide by",
            content = @Content(schema = @Schema(implementation = KpisResponse.class)))
    @APIResponse(responseCode = "400", description = "A currency the marketplace does not sell in, or days other than 1, 7 or 30")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the admin")
    public KpisResponse kpis(@Parameter(description = "Lowercase ISO currency, such as usd", required = true) @QueryParam("currency") String currency,
                             @Parameter(description = "1, 7 or 30 (default 30)") @QueryParam("days") String days) {
        return KpisResponse.of(report.of(currency, Optional.ofNullable(days)));
    }
}
