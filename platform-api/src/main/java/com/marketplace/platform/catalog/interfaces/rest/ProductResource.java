package com.marketplace.platform.catalog.interfaces.rest;

import com.marketplace.platform.catalog.application.CatalogQueries;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.shared.error.ErrorBody;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog", description = "Products offered to buyers")
public class ProductResource {

    @Inject
    CatalogQueries catalog;

    @GET
    @Operation(summary = "List the products offered to buyers, oldest first")
    @APIResponse(responseCode = "200", description = "One page of active products",
            content = @Content(schema = @Schema(implementation = ProductPageResponse.class)))
    @APIResponse(responseCode = "400", description = "offset or limit out of range",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ProductPageResponse list(
            @Parameter(description = "How many products to skip (0 or more)") @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return new ProductPageResponse(
                catalog.activeProducts(offset, limit).stream().map(ProductResponse::of).toList(), offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One product by id")
    @APIResponse(responseCode = "200", description = "The product",
            content = @Content(schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(responseCode = "404", description = "No such product",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ProductResponse get(@Parameter(description = "The product id") @PathParam("id") @Positive long id) {
        return ProductResponse.of(catalog.product(new ProductId(id)));
    }
}
