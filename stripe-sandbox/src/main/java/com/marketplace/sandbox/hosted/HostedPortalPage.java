package com.marketplace.sandbox.hosted;

import com.marketplace.sandbox.billing.PortalService;
import com.marketplace.sandbox.billing.Subscriptions;
import com.marketplace.sandbox.payments.PaymentMethod;
import com.marketplace.sandbox.protocol.FormCodec;
import com.marketplace.sandbox.protocol.HttpUrls;
import com.marketplace.sandbox.protocol.Params;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.SandboxTx;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The hosted customer portal a portal session's {@code url} opens: the card on file and a form to
 * replace it (paying what is overdue), and per subscription its status, a plan switch and
 * cancellation at period end or now. Every form answers with the page again and what happened.
 */
@Path("hosted/portal/{id}")
@RequestScoped
public class HostedPortalPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Inject
    SandboxStore store;

    @Inject
    PortalService portal;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("id") String id) {
        return Response.ok(render(portal.session(id), null, null)).build();
    }

    @POST
    @Path("card")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response updateCard(@PathParam("id") String id, String body) {
        SandboxTx.ScopedObject session = portal.session(id);
        PaymentMethod card = PaymentMethod.forInput(form(body).string("card_number").orElse(""));
        if (card == null || card == PaymentMethod.BANK_DEBIT) {
            return Response.ok(render(session, null, "Your card number is incorrect.")).build();
        }
        if (card.behaviour() == PaymentMethod.Behaviour.DECLINE) {
            return Response.ok(render(session, null, card.declineMessage())).build();
        }
        portal.updateCard(session, card);
        return Response.ok(render(session, "Your card ending in " + card.last4() + " was saved.", null)).build();
    }

    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response cancel(@PathParam("id") String id, String body) {
        SandboxTx.ScopedObject session = portal.session(id);
        Params form = form(body);
        try {
            boolean atPeriodEnd = !"now".equals(form.string("when").orElse("period_end"));
            portal.cancel(session, form.requiredString("subscription"), atPeriodEnd);
            return Response.ok(render(session, atPeriodEnd ? "Your subscription will end at the end of the current period."
                    : "Your subscription has been cancelled.", null)).build();
        } catch (StripeError e) {
            return Response.ok(render(session, null, e.getMessage())).build();
        }
    }

    @POST
    @Path("switch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response switchPlan(@PathParam("id") String id, String body) {
        SandboxTx.ScopedObject session = portal.session(id);
        Params form = form(body);
        try {
            portal.switchPrice(session, form.requiredString("subscription"), form.requiredString("price"));
            return Response.ok(render(session, "Your plan has been changed.", null)).build();
        } catch (StripeError e) {
            return Response.ok(render(session, null, e.getMessage())).build();
        }
    }

    private String render(SandboxTx.ScopedObject session, String message, String error) {
        StripeObject portalSession = session.object();
        String pageUrl = uriInfo.getBaseUri().getPath() + "hosted/portal/" + portalSession.id();
        return store.read(tx -> {
            StripeObject customer = tx.get(portalSession.string("customer"), session.scope(), "customer");
            String methodId = customer.map("invoice_settings").string("default_payment_method");
            Optional<String> card = Optional.ofNullable(methodId).flatMap(tx::find).map(found -> found.object().map("card"))
                    .map(details -> details.string("brand") + " ending in " + details.string("last4"));
            List<PortalPageView.Subscription> subscriptions = portal.ofCustomer(tx, session.scope(), customer.id()).stream()
                    .map(subscription -> view(tx, session, subscription)).toList();
            Optional<String> returnUrl = Optional.ofNullable(portalSession.string("return_url")).filter(HttpUrls::isHttp);
            return HostedPages.render("portal", new PortalPageView(pageUrl, Optional.ofNullable(customer.string("email")), card,
                    subscriptions, Optional.ofNullable(message), Optional.ofNullable(error), returnUrl));
        });
    }

    private PortalPageView.Subscription view(SandboxTx tx, SandboxTx.ScopedObject session, StripeObject subscription) {
        StripeObject item = Subscriptions.item(subscription);
        StripeObject price = item.map("price");
        String periodEnd = DATE.format(Instant.ofEpochSecond(item.longValue("current_period_end")).atZone(ZoneOffset.UTC));
        String renewal = subscription.bool("cancel_at_period_end") ? "Ends on " + periodEnd
                : "trialing".equals(subscription.string("status")) ? "Trial ends on " + periodEnd : "Renews on " + periodEnd;
        long due = tx.children(subscription.id(), "invoice").stream().filter(invoice -> "open".equals(invoice.string("status")))
                .mapToLong(invoice -> invoice.longValue("amount_remaining")).sum();
        List<PortalPageView.PlanOption> options = portal.switchable(session.scope(), subscription).stream()
                .map(option -> new PortalPageView.PlanOption(option.id(), Subscriptions.productName(tx, option) + " — "
                        + HostedPages.amount(option.longValue("unit_amount"), option.string("currency")) + " / "
                        + option.map("recurring").string("interval")))
                .toList();
        return new PortalPageView.Subscription(subscription.id(), Subscriptions.productName(tx, price), subscription.string("status"),
                HostedPages.amount(price.longValue("unit_amount") * item.longValue("quantity"), price.string("currency")) + " / "
                        + price.map("recurring").string("interval"),
                renewal, subscription.bool("cancel_at_period_end"),
                due > 0 ? Optional.of(HostedPages.amount(due, price.string("currency"))) : Optional.empty(), options);
    }

    private static Params form(String body) {
        return new Params(FormCodec.decode(body));
    }
}
