package com.marketplace.web.it.handlers;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only: how often the failing handler ran for an event (its runs roll back, so the database cannot tell). */
@Path("it/handlers/failed-attempts/{eventId}")
@RequestScoped
public class HandlerProbeResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String attempts(@PathParam("eventId") String eventId) {
        return "{\"attempts\":" + RecordingHandlers.failedAttempts(eventId) + "}";
    }
}
