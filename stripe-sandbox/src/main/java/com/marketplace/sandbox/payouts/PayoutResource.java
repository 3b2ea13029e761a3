package com.marketplace.sandbox.payouts;

import com.marketplace.sandbox.protocol.JsonText;
import com.marketplace.sandbox.protocol.Lists;
import com.marketplace.sandbox.protocol.StripeRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Payouts of the connected account {@code Stripe-Account} names. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PayoutResource {

    @Inject
    StripeRequest request;

    @Inject
    PayoutService payouts;

    @POST
    @Path("payouts")
    public String create() {
        return JsonText.respond(payouts.create(request.scope(), request.params()));
    }

    @GET
    @Path("payouts")
    public String list() {
        String status = request.params().string("status").orElse(null);
        return JsonText.respond(Lists.page("/v1/payouts", request.params(),
                (limit, after) -> payouts.list(request.scope(), status, limit, after)));
    }

    @GET
    @Path("payouts/{id}")
    public String get(@PathParam("id") String id) {
        return JsonText.respond(payouts.get(request.scope(), id));
    }

    @POST
    @Path("payouts/{id}/cancel")
    public String cancel(@PathParam("id") String id) {
        return JsonText.respond(payouts.cancel(request.scope(), id));
    }
}
