package com.marketplace.sandbox.hosted;

import com.marketplace.sandbox.checkout.CheckoutSessionService;
import com.marketplace.sandbox.checkout.PaymentProcessor;
import com.marketplace.sandbox.checkout.PaymentResult;
import com.marketplace.sandbox.payments.PaymentMethod;
import com.marketplace.sandbox.protocol.FormCodec;
import com.marketplace.sandbox.protocol.HttpUrls;
import com.marketplace.sandbox.protocol.Params;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The hosted checkout page a buyer is sent to: line items, total, a promotion code field, and
 * payment with Stripe's test cards or a delayed bank debit. Paying redirects to the session's
 * {@code success_url} with {@code {CHECKOUT_SESSION_ID}} filled in, as Stripe does; a decline
 * stays on the page with the card error.
 */
@Path("hosted/checkout/{id}")
@RequestScoped
public class HostedCheckoutPage {

    @Inject
    SandboxStore store;

    @Inject
    CheckoutSessionService checkout;

    @Inject
    PaymentProcessor payments;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uriInfo;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("id") String id) {
        SandboxTx.ScopedObject found = session(id);
        StripeObject session = found.object();
        if ("complete".equals(session.string("status"))) {
            return Response.seeOther(successUrl(session)).build();
        }
        return Response.ok(render(found, null)).build();
    }

    @POST
    @Path("promotion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response applyPromotion(@PathParam("id") String id, String body) {
        SandboxTx.ScopedObject found = session(id);
        String code = new Params(FormCodec.decode(body)).string("promotion_code").orElse("");
        try {
            StripeObject updated = checkout.applyPromotionCode(found.scope(), id, code);
            return Response.ok(render(new SandboxTx.ScopedObject(found.scope(), updated), null)).build();
        } catch (StripeError e) {
            return Response.ok(render(found, e.getMessage())).build();
        }
    }

    @POST
    @Path("pay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response pay(@PathParam("id") String id, String body) {
        SandboxTx.ScopedObject found = session(id);
        Params form = new Params(FormCodec.decode(body));
        PaymentMethod method = "bank_debit".equals(form.string("method").orElse("card"))
                ? PaymentMethod.BANK_DEBIT : PaymentMethod.forInput(form.string("card_number").orElse(""));
        if (method == null) {
            return Response.ok(render(found, "Your card number is incorrect.")).build();
        }
        String authentication = form.string("authentication").orElse(null);
        if (method.behaviour() == PaymentMethod.Behaviour.AUTHENTICATE && authentication == null
                && found.object().longValue("amount_total") > 0) {
            return Response.ok(authenticationStep(pageUrl(id) + "/pay", form.string("card_number").orElse(""),
                    form.string("email").orElse(""))).build();
        }
        try {
            PaymentResult result = payments.pay(found.scope(), id, method, "complete".equals(authentication),
                    form.string("email"));
            if (result.outcome() == PaymentResult.Outcome.PAID || result.outcome() == PaymentResult.Outcome.PROCESSING) {
                return Response.seeOther(successUrl(result.session())).build();
            }
            return Response.ok(render(new SandboxTx.ScopedObject(found.scope(), result.session()), result.message())).build();
        } catch (StripeError e) {
            return Response.ok(render(found, e.getMessage())).build();
        }
    }

    private SandboxTx.ScopedObject session(String id) {
        return store.read(tx -> tx.find(id))
                .filter(found -> "checkout.session".equals(found.object().objectType()))
                .orElseThrow(() -> StripeError.noSuch("checkout.session", id));
    }

    private String pageUrl(String id) {
        return uriInfo.getBaseUri().getPath() + "hosted/checkout/" + id;
    }

    static URI successUrl(StripeObject session) {
        return URI.create(session.string("success_url").replace("{CHECKOUT_SESSION_ID}", session.id()));
    }

    private String render(SandboxTx.ScopedObject found, String error) {
        StripeObject session = found.object();
        String currency = session.string("currency");
        // Checked at creation too; a link is rendered only for an http(s) URL, whatever was stored.
        Optional<String> cancelUrl = Optional.ofNullable(session.string("cancel_url")).filter(HttpUrls::isHttp);
        if ("expired".equals(session.string("status"))) {
            return HostedPages.render("checkout", new CheckoutPageView(pageUrl(session.id()), true, List.of(), Optional.empty(), "",
                    Optional.empty(), false, cancelUrl, ""));
        }
        List<CheckoutPageView.LineItem> items = store.read(tx -> tx.children(session.id(), "item")).stream()
                .map(item -> new CheckoutPageView.LineItem(item.string("description"), item.longValue("quantity"),
                        HostedPages.amount(item.longValue("amount_subtotal"), currency)))
                .toList();
        long discount = session.map("total_details").longValue("amount_discount");
        return HostedPages.render("checkout", new CheckoutPageView(pageUrl(session.id()), false, items,
                discount > 0 ? Optional.of(HostedPages.amount(discount, currency)) : Optional.empty(),
                HostedPages.amount(session.longValue("amount_total"), currency), Optional.ofNullable(error),
                session.bool("allow_promotion_codes"), cancelUrl, subscriptionTerms(session),
                Optional.ofNullable(session.string("customer_email")).orElse("")));
    }

    // "14 days free, then 20.00 EUR / month": what a subscription-mode session commits the buyer to.
    private Optional<String> subscriptionTerms(StripeObject session) {
        if (!"subscription".equals(session.string("mode"))) {
            return Optional.empty();
        }
        StripeObject price = store.read(tx -> tx.children(session.id(), "item")).get(0).map("price");
        StripeObject item = store.read(tx -> tx.children(session.id(), "item")).get(0);
        String recurring = HostedPages.amount(price.longValue("unit_amount") * item.longValue("quantity"), price.string("currency"))
                + " / " + price.map("recurring").string("interval");
        long trialDays = session.map("sandbox_subscription_data").longValue("trial_period_days");
        return Optional.of(trialDays > 0 ? trialDays + " days free, then " + recurring : "Then " + recurring + ", renewed automatically");
    }

    private static String authenticationStep(String payUrl, String cardNumber, String email) {
        return HostedPages.render("authenticate", new AuthenticationView(payUrl, cardNumber, email));
    }
}
