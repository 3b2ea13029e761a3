package com.marketplace.sandbox.hosted;

import com.marketplace.sandbox.accounts.AccountLinkService;
import com.marketplace.sandbox.accounts.AccountService;
import com.marketplace.sandbox.accounts.AccountService.OnboardingOutcome;
import com.marketplace.sandbox.protocol.FormCodec;
import com.marketplace.sandbox.protocol.Params;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.store.SandboxStore;
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
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Hosted onboarding (where an account link leads) and the Express dashboard (where a login link
 * leads). Onboarding lets the person choose how Stripe's verification ends: complete, left
 * incomplete, restricted (a document is past due) or rejected.
 */
@Path("hosted")
@RequestScoped
public class HostedAccountPages {

    @Inject
    AccountLinkService links;

    @Inject
    AccountService accounts;

    @Inject
    SandboxStore store;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("onboarding/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response onboarding(@PathParam("token") String token) {
        Optional<StripeObject> link = links.usableLink(token);
        if (link.isEmpty()) {
            return expired(token);
        }
        StripeObject account = accounts.get(link.get().string("account"));
        String businessName = account.map("business_profile").string("name");
        OnboardingView view = new OnboardingView(uriInfo.getBaseUri().getPath() + "hosted/onboarding/" + token,
                businessName == null ? account.id() : businessName, account.id(), account.string("type"),
                businessName == null ? "" : businessName, account.string("email") == null ? "" : account.string("email"));
        return Response.ok(HostedPages.render("onboarding", view)).build();
    }

    @POST
    @Path("onboarding/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submitOnboarding(@PathParam("token") String token, String body) {
        Optional<StripeObject> usable = links.usableLink(token);
        if (usable.isEmpty()) {
            return expired(token);
        }
        Params form = new Params(FormCodec.decode(body));
        OnboardingOutcome outcome = OnboardingOutcome.valueOf(form.string("outcome").orElse("complete").toUpperCase(Locale.ROOT));
        StripeObject link = usable.get();
        store.write(tx -> {
            accounts.applyOnboarding(tx, link.string("account"), outcome, form.string("business_name").orElse(null),
                    form.string("email").orElse(null), form.string("business_type").orElse(null));
            links.markUsed(tx, link);
            return null;
        });
        return Response.seeOther(URI.create(link.string("return_url"))).build();
    }

    @GET
    @Path("dashboard/{account}")
    @Produces(MediaType.TEXT_HTML)
    public Response dashboard(@PathParam("account") String accountId) {
        StripeObject account = accounts.get(accountId);
        return Response.ok(HostedPages.render("expressDashboard", new ExpressDashboardView(account.id(), account.bool("charges_enabled"),
                account.bool("payouts_enabled"), account.bool("details_submitted")))).build();
    }

    /** A used or expired link sends the person to the platform's refresh_url, which mints a new one. */
    private Response expired(String token) {
        return links.anyLink(token)
                .map(link -> Response.seeOther(URI.create(link.string("refresh_url"))).build())
                .orElseGet(() -> Response.status(404).type(MediaType.TEXT_HTML)
                        .entity(HostedPages.render("linkNotFound", null)).build());
    }
}
