package com.marketplace.sandbox.billing;

import com.marketplace.sandbox.protocol.Expander;
import com.marketplace.sandbox.protocol.JsonText;
import com.marketplace.sandbox.protocol.Lists;
import com.marketplace.sandbox.protocol.Params;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.StripeRequest;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.Scope;
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
import java.util.List;
import java.util.Optional;

/**
 * Stripe Billing's v1 surface as the sandbox serves it: products, prices, customers,
 * subscriptions, invoices (and their payments), test clocks and customer portal sessions, each on
 * the platform or on the connected account the {@code Stripe-Account} header names.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BillingResource {

    @Inject
    StripeRequest request;

    @Inject
    SandboxStore store;

    @Inject
    Expander expander;

    @Inject
    CatalogService catalog;

    @Inject
    CustomerService customers;

    @Inject
    Subscriptions subscriptions;

    @Inject
    TestClockService clocks;

    @Inject
    PortalService portal;

    @Context
    UriInfo uriInfo;

    // ---- products and prices ----

    @POST
    @Path("products")
    public String createProduct() {
        return JsonText.respond(catalog.createProduct(scope(), params()));
    }

    @GET
    @Path("products/{id}")
    public String product(@PathParam("id") String id) {
        return one(id, "product");
    }

    @POST
    @Path("products/{id}")
    public String updateProduct(@PathParam("id") String id) {
        return JsonText.respond(catalog.updateProduct(scope(), id, params()));
    }

    @GET
    @Path("products")
    public String products() {
        return page("/v1/products", (limit, after) -> catalog.listProducts(scope(), params(), limit, after));
    }

    @POST
    @Path("prices")
    public String createPrice() {
        return expanded(catalog.createPrice(scope(), params()));
    }

    @GET
    @Path("prices/{id}")
    public String price(@PathParam("id") String id) {
        return one(id, "price");
    }

    @POST
    @Path("prices/{id}")
    public String updatePrice(@PathParam("id") String id) {
        return JsonText.respond(catalog.updatePrice(scope(), id, params()));
    }

    @GET
    @Path("prices")
    public String prices() {
        return page("/v1/prices", (limit, after) -> catalog.listPrices(scope(), params(), limit, after));
    }

    // ---- customers ----

    @POST
    @Path("customers")
    public String createCustomer() {
        return JsonText.respond(customers.create(scope(), params()));
    }

    @GET
    @Path("customers/{id}")
    public String customer(@PathParam("id") String id) {
        return one(id, "customer");
    }

    @POST
    @Path("customers/{id}")
    public String updateCustomer(@PathParam("id") String id) {
        return JsonText.respond(customers.update(scope(), id, params()));
    }

    @GET
    @Path("customers")
    public String customerList() {
        return page("/v1/customers", (limit, after) -> customers.list(scope(), params(), limit, after));
    }

    @GET
    @Path("payment_methods/{id}")
    public String paymentMethod(@PathParam("id") String id) {
        return one(id, "payment_method");
    }

    // ---- subscriptions ----

    @GET
    @Path("subscriptions/{id}")
    public String subscription(@PathParam("id") String id) {
        return one(id, Subscriptions.OBJECT);
    }

    @GET
    @Path("subscriptions")
    public String subscriptionList() {
        return page("/v1/subscriptions", (limit, after) -> subscriptions.list(scope(), params(), limit, after));
    }

    @POST
    @Path("subscriptions/{id}")
    public String updateSubscription(@PathParam("id") String id) {
        return expanded(subscriptions.update(scope(), id, params()));
    }

    @DELETE
    @Path("subscriptions/{id}")
    public String cancelSubscription(@PathParam("id") String id) {
        return expanded(subscriptions.cancel(scope(), id));
    }

    @POST
    @Path("subscriptions")
    public String createSubscription() {
        throw StripeError.invalidRequest("The sandbox creates subscriptions through Checkout (mode=subscription) only.", null);
    }

    // ---- invoices ----

    @GET
    @Path("invoices/{id}")
    public String invoice(@PathParam("id") String id) {
        return JsonText.respond(invoiceView(store.get(id, scope(), Invoices.OBJECT)));
    }

    @GET
    @Path("invoices/{id}/lines")
    public String invoiceLines(@PathParam("id") String id) {
        return JsonText.respond(store.get(id, scope(), Invoices.OBJECT).map("lines"));
    }

    /** Filters: {@code customer}, {@code subscription}, {@code status}. */
    @GET
    @Path("invoices")
    public String invoices() {
        Params params = params();
        Optional<String> customer = params.string("customer");
        Optional<String> subscription = params.string("subscription");
        Optional<String> status = params.string("status");
        return page("/v1/invoices", (limit, after) -> store.read(tx -> Filtered.page(tx.list(Invoices.OBJECT, scope(), Integer.MAX_VALUE, null),
                invoice -> customer.map(id -> id.equals(invoice.string("customer"))).orElse(true)
                        && subscription.map(id -> id.equals(invoice.map("parent").map("subscription_details").string("subscription"))).orElse(true)
                        && status.map(wanted -> wanted.equals(invoice.string("status"))).orElse(true), limit, after))
                .stream().map(this::invoiceView).toList());
    }

    @GET
    @Path("invoice_payments")
    public String invoicePayments() {
        String invoice = params().requiredString("invoice");
        store.get(invoice, scope(), Invoices.OBJECT);
        List<StripeObject> payments = store.read(tx -> tx.children(invoice, "invoice_payment"));
        return JsonText.respond(StripeObject.list("/v1/invoice_payments", payments, false));
    }

    /** Pays an open invoice now with the subscription's (or the customer's) card, as Stripe's "pay" does. */
    @POST
    @Path("invoices/{id}/pay")
    public String payInvoice(@PathParam("id") String id) {
        return JsonText.respond(subscriptions.payNow(scope(), id));
    }

    /** Invoice items: a subscription's prorations, pending until invoiced. Filters: {@code customer}, {@code invoice}, {@code pending}. */
    @GET
    @Path("invoiceitems")
    public String invoiceItems() {
        Params params = params();
        Optional<String> customer = params.string("customer");
        Optional<String> invoice = params.string("invoice");
        Optional<Boolean> pending = params.bool("pending");
        return page("/v1/invoiceitems", (limit, after) -> store.read(tx -> Filtered.page(tx.list("invoiceitem", scope(), Integer.MAX_VALUE, null),
                item -> customer.map(id -> id.equals(item.string("customer"))).orElse(true)
                        && invoice.map(id -> id.equals(item.string("invoice"))).orElse(true)
                        && pending.map(wanted -> wanted == (item.get("invoice") == null)).orElse(true), limit, after)));
    }

    @GET
    @Path("invoiceitems/{id}")
    public String invoiceItem(@PathParam("id") String id) {
        return one(id, "invoiceitem");
    }

    // ---- test clocks ----

    @POST
    @Path("test_helpers/test_clocks")
    public String createClock() {
        return JsonText.respond(clocks.create(scope(), params()));
    }

    @GET
    @Path("test_helpers/test_clocks/{id}")
    public String clock(@PathParam("id") String id) {
        return one(id, TestClockService.OBJECT);
    }

    @GET
    @Path("test_helpers/test_clocks")
    public String clockList() {
        return page("/v1/test_helpers/test_clocks", (limit, after) -> store.read(tx -> tx.list(TestClockService.OBJECT, scope(), limit, after)));
    }

    @POST
    @Path("test_helpers/test_clocks/{id}/advance")
    public String advanceClock(@PathParam("id") String id) {
        return JsonText.respond(clocks.advance(scope(), id, params()));
    }

    @DELETE
    @Path("test_helpers/test_clocks/{id}")
    public String deleteClock(@PathParam("id") String id) {
        return JsonText.respond(clocks.delete(scope(), id));
    }

    // ---- the customer portal ----

    @POST
    @Path("billing_portal/sessions")
    public String createPortalSession() {
        return JsonText.respond(portal.create(scope(), params(), uriInfo.getBaseUri().toString()));
    }

    private String one(String id, String type) {
        return expanded(store.get(id, scope(), type));
    }

    private String expanded(StripeObject object) {
        return JsonText.respond(expander.expand(object, params().strings("expand")));
    }

    // An invoice's payments appear only when asked for (expand[]=payments), as on Stripe.
    private StripeObject invoiceView(StripeObject invoice) {
        List<String> expand = params().strings("expand");
        boolean withPayments = expand.contains("payments") || expand.contains("data.payments");
        StripeObject view = withPayments ? store.read(tx -> Invoices.withPayments(tx, invoice)) : invoice;
        return expander.expand(view, expand.stream().filter(path -> !path.equals("payments") && !path.startsWith("data.")).toList());
    }

    private String page(String url, java.util.function.BiFunction<Integer, String, List<StripeObject>> fetch) {
        return JsonText.respond(expander.expandList(Lists.page(url, params(), fetch), params().strings("expand")));
    }

    private Scope scope() {
        return request.scope();
    }

    private Params params() {
        return request.params();
    }
}
