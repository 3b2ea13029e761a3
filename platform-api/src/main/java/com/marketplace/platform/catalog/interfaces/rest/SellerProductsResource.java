package com.marketplace.platform.catalog.interfaces.rest;

import com.marketplace.platform.catalog.application.NewProduct;
import com.marketplace.platform.catalog.application.CatalogQueries;
import com.marketplace.platform.catalog.application.ProductCatalog;
import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A seller's own products: the seller (or the admin) creates and lists them here. */
@Path("sellers/{sellerId}/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class SellerProductsResource {

    @Inject
    ProductCatalog products;

    @Inject
    CatalogQueries catalog;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProduct", summary = "Create a product; it is offered once active and its seller may sell")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid; the body names each",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such seller, or not the caller")
    @APIResponse(responseCode = "409", description = "Created active by a seller who may not sell yet (seller_not_active)")
    public Response create(@Parameter(description = "The seller id") @PathParam("sellerId") @Positive long sellerId,
                           @NotNull @Valid NewProduct request) {
        SellerId seller = caller.requireActingForSeller(sellerId);
        ProductResponse created = ProductResponse.of(products.create(seller, request));
        return Response.created(uriInfo.getBaseUriBuilder().path("products").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listSellerProducts", summary = "All of a seller's products, offered or not")
    @APIResponse(responseCode = "200", description = "The seller's products, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ProductResponse.class)))
    public List<ProductResponse> list(@Parameter(description = "The seller id") @PathParam("sellerId") @Positive long sellerId) {
        return catalog.productsOf(caller.requireActingForSeller(sellerId)).stream().map(ProductResponse::of).toList();
    }
}
