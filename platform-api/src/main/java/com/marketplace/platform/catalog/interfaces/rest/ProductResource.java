package com.marketplace.platform.catalog.interfaces.rest;

import com.marketplace.platform.catalog.application.ProductEdit;
import com.marketplace.platform.catalog.application.CatalogQueries;
import com.marketplace.platform.catalog.application.ProductCatalog;
import com.marketplace.platform.catalog.domain.ProductId;
import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.paging.Page;
import com.marketplace.platform.kernel.paging.PageRequest;
import com.marketplace.platform.kernel.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

@Path("products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog", description = "Products offered to buyers")
public class ProductResource {

    @Inject
    CatalogQueries catalog;

    @Inject
    ProductCatalog products;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listProducts", summary = "List the products offered to buyers (active, of sellers who may sell), oldest first")
    @APIResponse(responseCode = "200", description = "One page of offered products",
            content = @Content(schema = @Schema(implementation = ProductPageResponse.class)))
    @APIResponse(responseCode = "400", description = "limit, offset, starting_after or ending_before out of range",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ProductPageResponse list(
            @Parameter(description = "How many products to skip (0 to 10,000; deeper pages by starting_after)") @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit,
            @Parameter(description = "A product id: the page starts after it (the previous page's last item)") @QueryParam("starting_after") String startingAfter,
            @Parameter(description = "A product id: the page ends before it (the next page's first item)") @QueryParam("ending_before") String endingBefore) {
        Page<ProductResponse> page = catalog.offeredProducts(PageRequest.of(limit, startingAfter, endingBefore, offset)).map(ProductResponse::of);
        return new ProductPageResponse(page.items(), page.hasMore(), offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProduct", summary = "One product by id: buyers see offered products, the owning seller and the admin see any")
    @APIResponse(responseCode = "200", description = "The product",
            content = @Content(schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(responseCode = "404", description = "No such product (or not offered, or another seller's)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ProductResponse get(@Parameter(description = "The product id") @PathParam("id") @Positive long id) {
        return ProductResponse.of(catalog.product(new ProductId(id), caller.get()));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "changeProduct", summary = "Change a product (its seller or the admin); publishing needs a seller who may sell")
    @APIResponse(responseCode = "200", description = "The product after the change",
            content = @Content(schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid; the body names each",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such product, or another seller's")
    @APIResponse(responseCode = "409", description = "The seller may not publish yet (seller_not_active), the stock is no longer"
            + " expectedStock (stock_changed), or a concurrent change won",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ProductResponse change(@Parameter(description = "The product id") @PathParam("id") @Positive long id,
                                  @NotNull @Valid ProductEdit patch) {
        caller.requireAuthenticated();
        return ProductResponse.of(products.change(new ProductId(id), patch, caller.get()));
    }
}
