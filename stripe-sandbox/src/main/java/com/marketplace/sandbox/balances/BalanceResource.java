package com.marketplace.sandbox.balances;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The balance and the balance transactions of the platform, or of the account {@code Stripe-Account} names. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BalanceResource {

    @Inject
    StripeRequest request;

    @Inject
    SandboxStore store;

    @Inject
    BalanceService balances;

    @Inject
    Expander expander;

    @GET
    @Path("balance")
    public String balance() {
        return JsonText.respond(balances.balance(request.scope()));
    }

    /** Newest first; Stripe's filters {@code type}, {@code source}, {@code currency}. */
    @GET
    @Path("balance_transactions")
    public String transactions() {
        String type = request.params().string("type").orElse(null);
        String source = request.params().string("source").orElse(null);
        String currency = request.params().string("currency").orElse(null);
        Scope scope = request.scope();
        StripeObject page = Lists.page("/v1/balance_transactions", request.params(), (limit, after) -> store.read(tx ->
                tx.list(Ledger.OBJECT, scope, Integer.MAX_VALUE, after).stream()
                        .filter(transaction -> type == null || type.equals(transaction.string("type")))
                        .filter(transaction -> source == null || source.equals(transaction.string("source")))
                        .filter(transaction -> currency == null || currency.equals(transaction.string("currency")))
                        .limit(limit).map(Ledger::asOfNow).toList()));
        return JsonText.respond(expander.expandList(page, request.params().strings("expand")));
    }

    @GET
    @Path("balance_transactions/{id}")
    public String transaction(@PathParam("id") String id) {
        StripeObject transaction = Ledger.asOfNow(store.get(id, request.scope(), Ledger.OBJECT));
        return JsonText.respond(expander.expand(transaction, request.params().strings("expand")));
    }
}
