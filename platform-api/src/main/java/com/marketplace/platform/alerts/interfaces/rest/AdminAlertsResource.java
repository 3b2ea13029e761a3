package com.marketplace.platform.alerts.interfaces.rest;

import com.marketplace.platform.alerts.application.AlertQueries;
import com.marketplace.platform.alerts.domain.Alert;
import com.marketplace.platform.kernel.security.AdminOnly;
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

/** The alerts on unusual patterns, for the admin: the open ones, and those opened in the last week. */
@Path("admin/alerts")
@AdminOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts")
public class AdminAlertsResource {

    @Inject
    AlertQueries alerts;

    @GET
    @Operation(operationId = "listAlerts", summary = "Open alerts, and every alert opened in the last 7 days (newest first)")
    @APIResponse(responseCode = "200", description = "The alerts", content = @Content(schema = @Schema(implementation = AlertsResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the admin")
    public AlertsResponse list() {
        return new AlertsResponse(alerts.open().stream().map(AlertResponse::of).toList(), alerts.recent().stream().map(AlertResponse::of).toList());
    }

    @JsonbPropertyOrder({"open", "recent"})
    public record AlertsResponse(List<AlertResponse> open,
                                 List<AlertResponse> recent) {
    }

    /** {@code closedAt} is null while the alert is open. */
    @JsonbPropertyOrder({"id", "rule", "key", "detail", "openedAt", "closedAt"})
    public record AlertResponse(@Schema(example = "4") long id,
                                @Schema(example = "DISPUTE_RATE_HIGH") String rule,
                                @Schema(example = "eur") String key,
                                @Schema(example = "Dispute rate 1.2% over 30 days (limit 0.75%)") String detail,
                                @Schema(example = "2026-03-14T09:26:53Z") String openedAt,
                                @Schema(example = "2026-03-15T08:00:00Z") String closedAt) {

        static AlertResponse of(Alert alert) {
            return new AlertResponse(alert.id(), alert.rule().code(), alert.key(), alert.detail(), alert.openedAt().toString(),
                    alert.closedAt().map(Object::toString).orElse(null));
        }
    }
}
