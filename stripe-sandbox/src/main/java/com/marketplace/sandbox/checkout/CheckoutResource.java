package com.marketplace.sandbox.checkout;

import com.marketplace.sandbox.protocol.Expander;
import com.marketplace.sandbox.protocol.JsonText;
import com.marketplace.sandbox.protocol.Lists;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.StripeRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CheckoutResource {

    @Inject
    StripeRequest request;

    @Inject
    CheckoutService checkout;

    @Inject
    Discounts discounts;

    @Inject
    Expander expander;

    @Inject
    com.marketplace.sandbox.store.SandboxStore store;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("checkout/sessions")
    public String create() {
        StripeObject session = checkout.create(request.scope(), request.params(), uriInfo.getBaseUri().toString());
        return JsonText.respond(expander.expand(session, request.params().strings("expand")));
    }

    @GET
    @Path("checkout/sessions")
    public String list() {
        return JsonText.respond(Lists.page("/v1/checkout/sessions", request.params(),
                (limit, after) -> checkout.list(request.scope(), limit, after)));
    }

    @GET
    @Path("checkout/sessions/{id}")
    public String get(@PathParam("id") String id) {
        return JsonText.respond(expander.expand(checkout.get(request.scope(), id), request.params().strings("expand")));
    }

    @GET
    @Path("checkout/sessions/{id}/line_items")
    public String lineItems(@PathParam("id") String id) {
        List<StripeObject> items = checkout.lineItems(request.scope(), id);
        return JsonText.respond(StripeObject.list("/v1/checkout/sessions/" + id + "/line_items", items, false));
    }

    @POST
    @Path("checkout/sessions/{id}/expire")
    public String expire(@PathParam("id") String id) {
        return JsonText.respond(checkout.expire(request.scope(), id));
    }

    @POST
    @Path("coupons")
    public String createCoupon() {
        return JsonText.respond(discounts.createCoupon(request.scope(), request.params()));
    }

    @GET
    @Path("coupons/{id}")
    public String getCoupon(@PathParam("id") String id) {
        return JsonText.respond(store.get(id, request.scope(), "coupon"));
    }

    @POST
    @Path("promotion_codes")
    public String createPromotionCode() {
        return JsonText.respond(discounts.createPromotionCode(request.scope(), request.params()));
    }

    @GET
    @Path("promotion_codes")
    public String listPromotionCodes() {
        String code = request.params().string("code").orElse(null);
        List<StripeObject> found = code == null
                ? store.read(tx -> tx.list("promotion_code", request.scope(), Lists.limit(request.params()), null))
                : discounts.promotionCodesByCode(request.scope(), code);
        return JsonText.respond(StripeObject.list("/v1/promotion_codes", found, false));
    }

    @GET
    @Path("promotion_codes/{id}")
    public String getPromotionCode(@PathParam("id") String id) {
        return JsonText.respond(store.get(id, request.scope(), "promotion_code"));
    }
}
