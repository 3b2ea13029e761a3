package com.marketplace.sandbox.events;

import com.marketplace.sandbox.protocol.HttpUrls;
import com.marketplace.sandbox.protocol.JsonText;
import com.marketplace.sandbox.protocol.Lists;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.StripeRequest;
import com.marketplace.sandbox.store.SandboxStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Events (retrieve, list by type) and webhook endpoints, as in Stripe's API. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    StripeRequest request;

    @Inject
    SandboxStore store;

    @Inject
    WebhookEndpoints endpoints;

    @GET
    @Path("events/{id}")
    public String event(@PathParam("id") String id) {
        return JsonText.respond(store.get(id, request.scope(), "event"));
    }

    @GET
    @Path("events")
    public String events() {
        String type = request.params().string("type").orElse(null);
        return JsonText.respond(Lists.page("/v1/events", request.params(), (limit, after) -> store.read(tx -> {
            List<StripeObject> page = tx.list("event", request.scope(), type == null ? limit : 1000, after);
            return type == null ? page : page.stream().filter(event -> type.equals(event.string("type"))).limit(limit).toList();
        })));
    }

    @POST
    @Path("webhook_endpoints")
    public String createEndpoint() {
        if (!request.scope().isPlatform()) {
            throw StripeError.invalidRequest("Webhook endpoints belong to the platform.", null);
        }
        // Only http(s): the sandbox posts signed events to this URL from inside the server.
        String url = HttpUrls.required(request.params(), "url");
        List<String> enabled = request.params().strings("enabled_events");
        boolean connect = request.params().bool("connect").orElse(false);
        String description = request.params().string("description").orElse(null);
        return JsonText.write(WebhookEndpoints.creationView(store.write(tx -> endpoints.create(tx, url, enabled, connect, description))));
    }

    @GET
    @Path("webhook_endpoints")
    public String listEndpoints() {
        return JsonText.respond(StripeObject.list("/v1/webhook_endpoints", store.read(endpoints::all), false));
    }

    @DELETE
    @Path("webhook_endpoints/{id}")
    public String deleteEndpoint(@PathParam("id") String id) {
        store.write(tx -> {
            endpoints.find(tx, id).orElseThrow(() -> StripeError.noSuch("webhook_endpoint", id));
            return tx.execute("DELETE FROM sandbox_objects WHERE id = ?", id);
        });
        return JsonText.write(StripeObject.of("id", id, "object", "webhook_endpoint", "deleted", true));
    }
}
