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
    TransferService transfers;

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

    @POST
    @Path("transfers")
    public String createTransfer() {
        return JsonText.respond(transfers.create(request.scope(), request.params()));
    }

    @GET
    @Path("transfers/{id}")
    public String transfer(@PathParam("id") String id) {
        return retrieve(id, "transfer");
    }

    @POST
    @Path("transfers/{id}")
    public String updateTransfer(@PathParam("id") String id) {
        return JsonText.respond(transfers.update(request.scope(), id, request.params()));
    }

    /** Newest first, optionally those to one {@code destination} or of one {@code transfer_group}, as on Stripe. */
    @GET
    @Path("transfers")
    public String transfers() {
        String destination = request.params().string("destination").orElse(null);
        String transferGroup = request.params().string("transfer_group").orElse(null);
        return JsonText.respond(Lists.page("/v1/transfers", request.params(),
                (limit, after) -> transfers.list(request.scope(), destination, transferGroup, limit, after)));
    }

    @POST
    @Path("transfers/{id}/reversals")
    public String reverseTransfer(@PathParam("id") String id) {
        return JsonText.respond(transfers.reverse(request.scope(), id, request.params()));
    }

    @GET
    @Path("transfers/{id}/reversals")
    public String transferReversals(@PathParam("id") String id) {
        store.get(id, request.scope(), "transfer");
        List<StripeObject> newestFirst = new java.util.ArrayList<>(children(id, "transfer_reversal"));
        java.util.Collections.reverse(newestFirst);
        return JsonText.respond(Lists.page("/v1/transfers/" + id + "/reversals", request.params(),
                (limit, after) -> afterId(newestFirst, after).stream().limit(limit).toList()));
    }

    @GET
    @Path("transfers/{id}/reversals/{reversal}")
    public String transferReversal(@PathParam("id") String id, @PathParam("reversal") String reversalId) {
        store.get(id, request.scope(), "transfer");
        StripeObject reversal = store.get(reversalId, request.scope(), "transfer_reversal");
        if (!id.equals(reversal.string("transfer"))) {
            throw com.marketplace.sandbox.protocol.StripeError.noSuch("transfer_reversal", reversalId);
        }
        return JsonText.respond(expander.expand(reversal, request.params().strings("expand")));
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

    /** The objects after {@code startingAfter} in an already ordered list (all of them when it is null). */
    static List<StripeObject> afterId(List<StripeObject> ordered, String startingAfter) {
        if (startingAfter == null) {
            return ordered;
        }
        int index = ordered.stream().map(StripeObject::id).toList().indexOf(startingAfter);
        return ordered.subList(index + 1, ordered.size());
    }

    private List<StripeObject> children(String parentId, String objectType) {
        Scope scope = request.scope();
        return store.read(tx -> tx.children(parentId, objectType)).stream()
                .filter(child -> scope.isPlatform() || !"application_fee".equals(objectType)).toList();
    }
}
