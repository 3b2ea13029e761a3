package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.queries.OrderQueries;
import com.marketplace.platform.kernel.security.AdminOnly;
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
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every seller's orders, for the admin: {@code ?status=DISPUTED} lists the orders that need them. */
@Path("admin/orders")
@AdminOnly
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class AdminOrdersResource {

    @Inject
    OrderQueries queries;

    @GET
    @Operation(operationId = "listAllOrders", summary = "All orders, newest first, optionally of one status (DISPUTED, PAID_OUT_OF_STOCK, ...)")
    @APIResponse(responseCode = "200", description = "One page of orders",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OrderResponse.class)))
    @APIResponse(responseCode = "400", description = "Unknown status, or offset/limit out of range")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the admin")
    public List<OrderResponse> list(@Parameter(description = "Only orders in this status") @QueryParam("status") String status,
                                    @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                    @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return queries.list(Optional.empty(), OrderStatusParam.parse(status), offset, limit).stream().map(OrderResponse::summary).toList();
    }
}
