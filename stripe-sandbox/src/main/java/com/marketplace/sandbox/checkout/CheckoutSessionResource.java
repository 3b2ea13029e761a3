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
import com.marketplace.sandbox.protocol.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CheckoutSessionResource {

    @Inject
    StripeRequest request;

    @Inject
    CheckoutSessionService checkout;

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
        // In the order they were given at creation, paged with limit and starting_after as on Stripe.
        List<StripeObject> items = checkout.lineItems(request.scope(), id);
        StripeObject page = Lists.page("/v1/checkout/sessions/" + id + "/line_items", request.params(), (limit, after) -> {
            int start = after == null ? 0 : items.stream().map(StripeObject::id).toList().indexOf(after) + 1;
            return items.subList(start, items.size()).stream().limit(limit).toList();
        });
        return JsonText.respond(expander.expandList(page, request.params().strings("expand")));
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

    @POST
    @Path("promotion_codes/{id}")
    public String updatePromotionCode(@PathParam("id") String id) {
        return JsonText.respond(discounts.updatePromotionCode(request.scope(), id, request.params()));
    }

    /** Stripe's filters: {@code code} (ignoring case), {@code active}, {@code coupon}; {@code expand[]=data.promotion.coupon}. */
    @GET
    @Path("promotion_codes")
    public String listPromotionCodes() {
        Params params = request.params();
        int limit = Lists.limit(params);
        Optional<Boolean> active = params.bool("active");
        Optional<String> coupon = params.string("coupon");
        Optional<String> startingAfter = params.string("starting_after");
        List<StripeObject> candidates = params.string("code").map(code -> discounts.promotionCodesByCode(request.scope(), code))
                .orElseGet(() -> store.read(tx -> tx.list("promotion_code", request.scope(), Integer.MAX_VALUE, null)));
        List<StripeObject> matching = new ArrayList<>(candidates.stream()
                .filter(promotion -> active.map(wanted -> wanted == promotion.bool("active")).orElse(true))
                .filter(promotion -> coupon.map(id -> id.equals(promotion.map("promotion").string("coupon"))).orElse(true))
                .toList());
        startingAfter.ifPresent(after -> {
            int index = matching.stream().map(StripeObject::id).toList().indexOf(after);
            matching.subList(0, index + 1).clear();
        });
        boolean hasMore = matching.size() > limit;
        StripeObject page = StripeObject.list("/v1/promotion_codes", hasMore ? matching.subList(0, limit) : matching, hasMore);
        return JsonText.respond(expander.expandList(page, params.strings("expand")));
    }

    @GET
    @Path("promotion_codes/{id}")
    public String getPromotionCode(@PathParam("id") String id) {
        return JsonText.respond(expander.expand(store.get(id, request.scope(), "promotion_code"), request.params().strings("expand")));
    }
}
