package com.marketplace.web.it.handlers;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only: what the recording handlers saw that the database cannot tell: how often the failing
 * handler ran for an event (its runs roll back), and how many slow runs overlapped at most.
 */
@Path("it/handlers")
@RequestScoped
public class HandlerProbeResource {

    // Test-only: kept out of the API description, which OpenApiDocumentIT compares with its snapshot.
    @Operation(hidden = true)
    @GET
    @Path("failed-attempts/{eventId}")
    @Produces(MediaType.APPLICATION_JSON)
    public String attempts(@PathParam("eventId") String eventId) {
        return "{\"attempts\":" + RecordingHandlers.failedAttempts(eventId) + "}";
    }

    // Test-only: kept out of the API description, which OpenApiDocumentIT compares with its snapshot.
    @Operation(hidden = true)
    @GET
    @Path("slow-runs-at-once")
    @Produces(MediaType.APPLICATION_JSON)
    public String slowRunsAtOnce() {
        return "{\"mostAtOnce\":" + RecordingHandlers.slowRunsMostAtOnce() + "}";
    }
}
