package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.kernel.security.AdminOnly;
import com.marketplace.platform.orders.domain.PurchaseId;
import com.marketplace.platform.orders.money.MoneyMovements;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import com.marketplace.platform.kernel.error.ErrorBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The money of a purchase between the platform and its sellers, for the admin: every transfer, reversal and what was not recovered. */
@Path("admin/purchases/{id}/movements")
@AdminOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class AdminPurchaseMovementsResource {

    @Inject
    MoneyMovements movements;

    @GET
    @Operation(operationId = "listPurchaseMovements", summary = "Every money movement of a purchase: transfers, reversals for refunds and disputes, transfers back, absorbed and unrecovered amounts")
    @APIResponse(responseCode = "200", description = "The movements, each seller's transfer first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MovementResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the admin")
    @APIResponse(responseCode = "404", description = "No such purchase",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public List<MovementResponse> list(@Parameter(description = "The purchase id") @PathParam("id") @Positive long id) {
        return movements.ofPurchase(new PurchaseId(id)).stream().map(MovementResponse::of).toList();
    }

    /** One movement; amounts in minor units; absent fields are null. */
    public record MovementResponse(@Schema(example = "42") long orderId,
                                   @Schema(example = "transfer") String kind,
                                   @Schema(example = "sale") String reason,
                                   @Schema(example = "2500") long amount,
                                   @Schema(example = "eur") String currency,
                                   @Schema(example = "paid") String status,
                                   @Schema(example = "tr_1Nv1CdQ9RKHgCVdK") String stripeId,
                                   @Schema(example = "tr_1Nv1CdQ9RKHgCVdK") String transferId,
                                   @Schema(example = "acct_1Nv0FGQ9RKHgCVdK") String destinationAccount,
                                   @Schema(example = "dp_1Nv2EfQ9RKHgCVdK") String disputeId,
                                   @Schema(example = "insufficient_funds") String failure,
                                   @Schema(example = "1") int attempts,
                                   @Schema(example = "Stripe answered 503; retried later") String lastError,
                                   @Schema(example = "2026-03-14T09:26:53Z") Instant createdAt,
                                   @Schema(example = "false") boolean unrecovered) {

        static MovementResponse of(MoneyMovements.Movement movement) {
            return new MovementResponse(movement.orderId(), movement.kind().name().toLowerCase(java.util.Locale.ROOT),
                    movement.reason().toLowerCase(java.util.Locale.ROOT), movement.amount(), movement.currency(),
                    movement.status().toLowerCase(java.util.Locale.ROOT), movement.stripeId().orElse(null),
                    movement.transferId().orElse(null), movement.destinationAccount(), movement.disputeId().orElse(null),
                    movement.failure().orElse(null), movement.attempts(), movement.lastError().orElse(null),
                    movement.createdAt().orElse(null), movement.unrecovered());
        }
    }
}
