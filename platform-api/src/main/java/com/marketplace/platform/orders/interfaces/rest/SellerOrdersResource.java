package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.queries.OrderQueries;
import com.marketplace.platform.orders.domain.OrderStatus;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.servlet.http.HttpServletResponse;
import com.marketplace.platform.kernel.paging.PageRequest;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A seller's orders, newest first, for the seller and the admin. */
@Path("sellers/{sellerId}/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class SellerOrdersResource {

    @Inject
    OrderQueries queries;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listSellerOrders", summary = "A seller's orders, newest first, optionally of one status")
    @APIResponse(responseCode = "200", description = "One page of orders",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OrderResponse.class)))
    @APIResponse(responseCode = "400", description = "Unknown status, or limit, offset, starting_after or ending_before out of range")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such seller, or not the caller")
    public List<OrderResponse> list(@Parameter(description = "The seller id") @PathParam("sellerId") @Positive long sellerId,
                                    @Parameter(description = "Only orders in this status") @QueryParam("status") String status,
                                    @Parameter(description = "How many orders to skip (0 to 10,000; deeper pages by starting_after)") @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                    @Parameter(description = "Page size, 1 to 200") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
                                    @Parameter(description = "An order id: the page holds the orders older than it (the previous page's last)") @QueryParam("starting_after") String startingAfter,
                                    @Parameter(description = "An order id: the page holds the orders newer than it (the next page's first)") @QueryParam("ending_before") String endingBefore,
                                    @Context HttpServletResponse response) {
        SellerId seller = caller.requireActingForSeller(sellerId);
        PageRequest page = PageRequest.of(limit, startingAfter, endingBefore, offset);
        return OrderListAnswer.of(queries.list(Optional.of(seller), OrderStatusParam.parse(status), page), response);
    }
}
