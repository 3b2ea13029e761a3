package com.marketplace.sandbox.accounts;

import com.marketplace.sandbox.protocol.JsonText;
import com.marketplace.sandbox.protocol.Lists;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    StripeRequest request;

    @Inject
    AccountService accounts;

    @Inject
    AccountLinkService links;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("accounts")
    public String create() {
        requirePlatform();
        return JsonText.respond(accounts.create(request.params()));
    }

    @GET
    @Path("accounts")
    public String list() {
        requirePlatform();
        return JsonText.respond(Lists.page("/v1/accounts", request.params(), accounts::list));
    }

    @GET
    @Path("accounts/{id}")
    public String get(@PathParam("id") String id) {
        requireOwnScope(id);
        return JsonText.respond(accounts.get(id));
    }

    /** {@code GET /v1/account}: the account named by Stripe-Account (or the platform's, which the sandbox has not). */
    @GET
    @Path("account")
    public String current() {
        if (request.scope().isPlatform()) {
            throw StripeError.invalidRequest("The sandbox has no platform account object; pass Stripe-Account", null);
        }
        return JsonText.respond(accounts.get(request.scope().accountId()));
    }

    @POST
    @Path("accounts/{id}")
    public String update(@PathParam("id") String id) {
        requireOwnScope(id);
        return JsonText.respond(accounts.update(id, request.params()));
    }

    @DELETE
    @Path("accounts/{id}")
    public String delete(@PathParam("id") String id) {
        requirePlatform();
        return JsonText.respond(accounts.delete(id));
    }

    @POST
    @Path("accounts/{id}/login_links")
    public String loginLink(@PathParam("id") String id) {
        requirePlatform();
        return JsonText.respond(links.createLoginLink(id, uriInfo.getBaseUri().toString()));
    }

    @POST
    @Path("account_links")
    public String accountLink() {
        requirePlatform();
        return JsonText.respond(links.createAccountLink(request.params(), uriInfo.getBaseUri().toString()));
    }

    private void requirePlatform() {
        if (!request.scope().isPlatform()) {
            throw new StripeError(403, "invalid_request_error", null,
                    "This request must be made by the platform, without a Stripe-Account header.", null, null);
        }
    }

    private void requireOwnScope(String id) {
        if (!request.scope().isPlatform() && !request.scope().accountId().equals(id)) {
            throw StripeError.noSuch("account", id);
        }
    }
}
