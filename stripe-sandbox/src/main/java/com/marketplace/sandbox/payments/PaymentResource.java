package com.marketplace.sandbox.payments;

import com.marketplace.sandbox.protocol.Expander;
import com.marketplace.sandbox.protocol.JsonText;
import com.marketplace.sandbox.protocol.Lists;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.StripeRequest;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Payment intents, charges, refunds, application fees, transfers and disputes. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    StripeRequest request;

    @Inject
    SandboxStore store;

    @Inject
    RefundService refunds;

    @Inject
    DisputeService disputes;

    @Inject
    Expander expander;

    @GET
    @Path("payment_intents/{id}")
    public String paymentIntent(@PathParam("id") String id) {
        return retrieve(id, "payment_intent");
    }

    @GET
    @Path("charges/{id}")
    public String charge(@PathParam("id") String id) {
        return retrieve(id, "charge");
    }

    @POST
    @Path("refunds")
    public String refund() {
        return JsonText.respond(refunds.create(request.scope(), request.params()));
    }

    @GET
    @Path("refunds/{id}")
    public String getRefund(@PathParam("id") String id) {
        return retrieve(id, "refund");
    }

    @GET
    @Path("application_fees/{id}")
    public String applicationFee(@PathParam("id") String id) {
        return retrieve(id, "application_fee");
    }

    @GET
    @Path("application_fees")
    public String applicationFees() {
        String charge = request.params().string("charge").orElse(null);
        if (charge != null) {
            return JsonText.respond(StripeObject.list("/v1/application_fees", children(charge, "application_fee"), false));
        }
        return JsonText.respond(Lists.page("/v1/application_fees", request.params(),
                (limit, after) -> store.read(tx -> tx.list("application_fee", request.scope(), limit, after))));
    }

    @POST
    @Path("application_fees/{id}/refunds")
    public String refundApplicationFee(@PathParam("id") String id) {
        return JsonText.respond(refunds.refundApplicationFee(id, request.params()));
    }

    @GET
    @Path("application_fees/{id}/refunds")
    public String applicationFeeRefunds(@PathParam("id") String id) {
        store.get(id, request.scope(), "application_fee");
        return JsonText.respond(StripeObject.list("/v1/application_fees/" + id + "/refunds", children(id, "fee_refund"), false));
    }

    @GET
    @Path("transfers/{id}")
    public String transfer(@PathParam("id") String id) {
        return retrieve(id, "transfer");
    }

    @GET
    @Path("transfers")
    public String transfers() {
        String destination = request.params().string("destination").orElse(null);
        List<StripeObject> found = store.read(tx -> tx.list("transfer", request.scope(), 100, null));
        if (destination != null) {
            found = found.stream().filter(transfer -> destination.equals(transfer.string("destination"))).toList();
        }
        return JsonText.respond(StripeObject.list("/v1/transfers", found, false));
    }

    @POST
    @Path("transfers/{id}/reversals")
    public String reverseTransfer(@PathParam("id") String id) {
        return JsonText.respond(refunds.reverse(id, request.params()));
    }

    @GET
    @Path("transfers/{id}/reversals")
    public String transferReversals(@PathParam("id") String id) {
        store.get(id, request.scope(), "transfer");
        return JsonText.respond(StripeObject.list("/v1/transfers/" + id + "/reversals", children(id, "transfer_reversal"), false));
    }

    @GET
    @Path("disputes/{id}")
    public String dispute(@PathParam("id") String id) {
        return retrieve(id, "dispute");
    }

    /** Newest first, optionally those of one {@code charge} or {@code payment_intent}, as on Stripe. */
    @GET
    @Path("disputes")
    public String disputes() {
        String charge = request.params().string("charge").orElse(null);
        String paymentIntent = request.params().string("payment_intent").orElse(null);
        boolean filtered = charge != null || paymentIntent != null;
        return JsonText.respond(Lists.page("/v1/disputes", request.params(), (limit, after) -> store.read(tx ->
                tx.list("dispute", request.scope(), filtered ? 1000 : limit, after).stream()
                        .filter(dispute -> charge == null || charge.equals(dispute.string("charge")))
                        .filter(dispute -> paymentIntent == null || paymentIntent.equals(dispute.string("payment_intent")))
                        .limit(limit).toList())));
    }

    /** Closing a dispute through the API means accepting the loss, as on Stripe. */
    @POST
    @Path("disputes/{id}/close")
    public String closeDispute(@PathParam("id") String id) {
        return JsonText.respond(disputes.close(request.scope(), id, "lost"));
    }

    private String retrieve(String id, String objectType) {
        StripeObject object = store.get(id, request.scope(), objectType);
        return JsonText.respond(expander.expand(object, request.params().strings("expand")));
    }

    private List<StripeObject> children(String parentId, String objectType) {
        Scope scope = request.scope();
        return store.read(tx -> tx.children(parentId, objectType)).stream()
                .filter(child -> scope.isPlatform() || !"application_fee".equals(objectType)).toList();
    }
}
