package com.marketplace.web.it.handlers;

import com.marketplace.platform.orders.payment.OrderReconciler;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only: runs one pass of the production reconciler on demand. The shared test marketplace has
 * its reconciler loop off (so webhook handlers are tested on their own); the reconciler's tests
 * turn it on pass by pass here, which also makes them independent of a timer.
 */
@Path("it/reconciler")
@RequestScoped
public class ReconcilerProbeResource {

    @Inject
    OrderReconciler reconciler;

    // Test-only: kept out of the API description, which OpenApiDocumentIT compares with its snapshot.
    @Operation(hidden = true)
    @POST
    @Path("pass")
    @Produces(MediaType.APPLICATION_JSON)
    public String pass() {
        return "{\"ordersLookedAt\":" + reconciler.pass() + "}";
    }
}
