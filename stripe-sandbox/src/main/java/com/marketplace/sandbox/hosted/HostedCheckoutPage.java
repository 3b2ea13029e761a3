package com.marketplace.sandbox.hosted;

import com.marketplace.sandbox.checkout.CheckoutSessionService;
import com.marketplace.sandbox.checkout.PaymentProcessor;
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
            return Response.ok(authenticationStep(pageUrl(id) + "/pay", form.string("card_number").orElse(""))).build();
        }
        try {
            PaymentProcessor.Result result = payments.pay(found.scope(), id, method, "complete".equals(authentication));
            if (result.outcome() == PaymentProcessor.Outcome.PAID || result.outcome() == PaymentProcessor.Outcome.PROCESSING) {
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
        String id = session.id();
        StringBuilder html = new StringBuilder("<main><h1>Pay</h1>");
        if ("expired".equals(session.string("status"))) {
            html.append("<p class=\"error\" role=\"alert\">This checkout session has expired.</p>");
            appendCancel(html, session);
            return HostedPageHtml.page("Checkout expired", html.append("</main>").toString());
        }
        String currency = session.string("currency");
        html.append("<table aria-label=\"Order summary\">");
        for (StripeObject item : store.read(tx -> tx.children(id, "item"))) {
            html.append("<tr><td>").append(HostedPageHtml.escape(item.string("description"))).append(" × ").append(item.longValue("quantity"))
                    .append("</td><td class=\"amount\">").append(HostedPageHtml.amount(item.longValue("amount_subtotal"), currency)).append("</td></tr>");
        }
        long discount = session.map("total_details").longValue("amount_discount");
        if (discount > 0) {
            html.append("<tr><td>Discount</td><td class=\"amount\" id=\"discount\">-").append(HostedPageHtml.amount(discount, currency)).append("</td></tr>");
        }
        html.append("<tr><td><strong>Total</strong></td><td class=\"amount\" id=\"total\"><strong>")
                .append(HostedPageHtml.amount(session.longValue("amount_total"), currency)).append("</strong></td></tr></table>");
        if (error != null) {
            html.append("<p class=\"error\" id=\"error\" role=\"alert\">").append(HostedPageHtml.escape(error)).append("</p>");
        }
        if (session.bool("allow_promotion_codes")) {
            html.append("<form method=\"post\" action=\"").append(pageUrl(id)).append("/promotion\"><label for=\"promotion_code\">Promotion code</label>")
                    .append("<input id=\"promotion_code\" name=\"promotion_code\" autocomplete=\"off\"><button type=\"submit\" id=\"apply-promotion\">Apply</button></form>");
        }
        html.append("<form method=\"post\" action=\"").append(pageUrl(id)).append("/pay\"><fieldset><legend>Payment method</legend>")
                .append("<label><input type=\"radio\" name=\"method\" value=\"card\" checked id=\"method-card\"> Card</label>")
                .append("<label><input type=\"radio\" name=\"method\" value=\"bank_debit\" id=\"method-bank-debit\"> Bank debit (settles later)</label>")
                .append("</fieldset><label for=\"card_number\">Card number</label>")
                .append("<input id=\"card_number\" name=\"card_number\" inputmode=\"numeric\" autocomplete=\"off\" placeholder=\"4242 4242 4242 4242\">")
                .append("<button type=\"submit\" id=\"pay\">Pay ").append(HostedPageHtml.amount(session.longValue("amount_total"), currency)).append("</button></form>");
        appendCancel(html, session);
        return HostedPageHtml.page("Checkout", html.append("</main>").toString());
    }

    private static void appendCancel(StringBuilder html, StripeObject session) {
        // Checked at creation too; a link is rendered only for an http(s) URL, whatever was stored.
        if (HttpUrls.isHttp(session.string("cancel_url"))) {
            html.append("<p><a id=\"cancel\" href=\"").append(HostedPageHtml.escape(session.string("cancel_url"))).append("\">Cancel and return</a></p>");
        }
    }

    private static String authenticationStep(String payUrl, String cardNumber) {
        String hidden = "<input type=\"hidden\" name=\"card_number\" value=\"" + HostedPageHtml.escape(cardNumber) + "\">";
        return HostedPageHtml.page("Authenticate payment", "<main><h1>Authenticate this payment</h1>"
                + "<p>Your bank asks you to confirm this purchase (3-D Secure test).</p>"
                + "<form method=\"post\" action=\"" + payUrl + "\">" + hidden
                + "<input type=\"hidden\" name=\"authentication\" value=\"complete\"><button type=\"submit\" id=\"authenticate-complete\">Complete authentication</button></form>"
                + "<form method=\"post\" action=\"" + payUrl + "\">" + hidden
                + "<input type=\"hidden\" name=\"authentication\" value=\"fail\"><button type=\"submit\" id=\"authenticate-fail\">Fail authentication</button></form></main>");
    }
}
