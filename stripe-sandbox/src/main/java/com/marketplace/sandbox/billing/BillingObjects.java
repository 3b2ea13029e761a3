package com.marketplace.sandbox.billing;

import com.marketplace.sandbox.payments.PaymentMethod;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.Templates;
import com.marketplace.sandbox.store.Ids;
import com.marketplace.sandbox.store.SandboxClock;
import java.util.ArrayList;

/**
 * New billing objects, each started from Stripe's fixture of its type: the example values the
 * sandbox does not manage are blanked or cleared, the ones it manages are set by the services.
 */
final class BillingObjects {

    private BillingObjects() {
    }

    static StripeObject product(String name) {
        StripeObject product = Templates.of("product");
        long now = SandboxClock.nowSeconds();
        product.put("id", Ids.next("prod"));
        product.put("created", now);
        product.put("updated", now);
        product.put("default_price", null);
        product.put("description", null);
        product.put("images", new ArrayList<>());
        product.put("marketing_features", new ArrayList<>());
        product.put("metadata", new StripeObject());
        product.put("name", name);
        product.put("package_dimensions", null);
        product.put("type", "service");
        return product;
    }

    static StripeObject price(String productId, String currency, long unitAmount, String interval, long intervalCount) {
        StripeObject price = Templates.of("price");
        price.put("id", Ids.next("price"));
        price.put("created", SandboxClock.nowSeconds());
        price.put("currency", currency);
        price.put("custom_unit_amount", null);
        price.put("lookup_key", null);
        price.put("metadata", new StripeObject());
        price.put("nickname", null);
        price.put("product", productId);
        price.put("recurring", interval == null ? null : StripeObject.of("interval", interval, "interval_count", intervalCount,
                "meter", null, "usage_type", "licensed", "trial_period_days", null));
        price.put("transform_quantity", null);
        price.put("type", interval == null ? "one_time" : "recurring");
        price.put("unit_amount", unitAmount);
        price.put("unit_amount_decimal", Long.toString(unitAmount));
        return price;
    }

    /** The legacy {@code plan} view of a recurring price that subscription items still carry. */
    static StripeObject plan(StripeObject price) {
        StripeObject plan = Templates.of("plan");
        StripeObject recurring = price.map("recurring");
        plan.put("id", price.id());
        plan.put("active", price.get("active"));
        plan.put("amount", price.get("unit_amount"));
        plan.put("amount_decimal", price.get("unit_amount_decimal"));
        plan.put("created", price.get("created"));
        plan.put("currency", price.get("currency"));
        plan.put("interval", recurring.get("interval"));
        plan.put("interval_count", recurring.get("interval_count"));
        plan.put("metadata", price.map("metadata").copy());
        plan.put("nickname", price.get("nickname"));
        plan.put("product", price.get("product"));
        plan.put("transform_usage", null);
        return plan;
    }

    static StripeObject customer(String testClock) {
        StripeObject customer = Templates.of("customer");
        customer.put("id", Ids.next("cus"));
        customer.put("address", null);
        customer.put("created", SandboxClock.nowSeconds());
        customer.put("currency", null);
        customer.put("discount", null);
        customer.put("invoice_prefix", Ids.random(8).toUpperCase(java.util.Locale.ROOT));
        customer.put("invoice_settings", StripeObject.of("custom_fields", null, "default_payment_method", null, "footer", null,
                "rendering_options", null));
        customer.put("metadata", new StripeObject());
        customer.put("shipping", null);
        customer.put("test_clock", testClock);
        return customer;
    }

    static StripeObject paymentMethod(String customerId, PaymentMethod card) {
        StripeObject method = Templates.of("payment_method");
        StripeObject details = card.details().map("card");
        method.put("id", Ids.next("pm"));
        method.put("billing_details", StripeObject.of("address", null, "email", null, "name", null, "phone", null, "tax_id", null));
        StripeObject cardShape = method.map("card");
        cardShape.put("brand", details.get("brand"));
        cardShape.put("display_brand", details.get("brand"));
        cardShape.put("country", "US");
        cardShape.put("exp_month", 12L);
        cardShape.put("exp_year", 2034L);
        cardShape.put("fingerprint", Ids.random(16));
        cardShape.put("last4", card.last4());
        cardShape.put("generated_from", null);
        cardShape.put("wallet", null);
        cardShape.put("checks", StripeObject.of("address_line1_check", null, "address_postal_code_check", null, "cvc_check", "pass"));
        method.put("created", SandboxClock.nowSeconds());
        method.put("customer", customerId);
        method.put("metadata", new StripeObject());
        method.put("sandbox_card", card.name());
        return method;
    }

    static StripeObject subscription(String customerId, String currency, long now) {
        StripeObject subscription = Templates.of("subscription");
        subscription.put("id", Ids.next("sub"));
        subscription.put("application_fee_percent", null);
        subscription.put("automatic_tax", StripeObject.of("disabled_reason", null, "enabled", false, "liability", null));
        subscription.put("billing_cycle_anchor", now);
        subscription.put("billing_cycle_anchor_config", null);
        subscription.put("billing_mode", StripeObject.of("type", "classic", "flexible", null));
        subscription.put("billing_schedules", new ArrayList<>());
        subscription.put("billing_thresholds", null);
        subscription.put("cancel_at", null);
        subscription.put("cancel_at_period_end", false);
        subscription.put("canceled_at", null);
        subscription.put("cancellation_details", StripeObject.of("comment", null, "feedback", null, "reason", null));
        subscription.put("created", now);
        subscription.put("currency", currency);
        subscription.put("customer", customerId);
        subscription.put("ended_at", null);
        subscription.put("invoice_settings", StripeObject.of("account_tax_ids", null, "issuer", StripeObject.of("type", "self")));
        subscription.put("managed_payments", null);
        subscription.put("metadata", new StripeObject());
        subscription.put("next_pending_invoice_item_invoice", null);
        subscription.put("pause_collection", null);
        subscription.put("payment_settings", StripeObject.of("payment_method_options", null, "payment_method_types", null,
                "save_default_payment_method", "off"));
        subscription.put("pending_invoice_item_interval", null);
        subscription.put("pending_update", null);
        subscription.put("start_date", now);
        subscription.put("transfer_data", null);
        subscription.put("trial_end", null);
        subscription.put("trial_start", null);
        return subscription;
    }

    static StripeObject subscriptionItem(String subscriptionId, StripeObject price, long quantity, long periodStart, long periodEnd) {
        StripeObject item = Templates.of("subscription_item");
        item.put("id", Ids.next("si"));
        item.put("billing_thresholds", null);
        item.put("created", periodStart);
        item.put("current_period_start", periodStart);
        item.put("current_period_end", periodEnd);
        item.put("metadata", new StripeObject());
        item.put("price", price.publicCopy());
        item.put("plan", plan(price));
        item.put("quantity", quantity);
        item.put("subscription", subscriptionId);
        return item;
    }

    static StripeObject invoice(StripeObject customer, StripeObject subscription, String billingReason, long now) {
        StripeObject invoice = Templates.of("invoice");
        invoice.put("id", Ids.next("in"));
        invoice.put("account_name", null);
        invoice.put("amount_overpaid", 0L);
        invoice.put("amount_shipping", 0L);
        invoice.put("automatic_tax", StripeObject.of("disabled_reason", null, "enabled", false, "liability", null,
                "provider", null, "status", null));
        invoice.put("auto_advance", true);
        invoice.put("billing_reason", billingReason);
        invoice.put("created", now);
        invoice.put("currency", subscription.string("currency"));
        invoice.put("customer", customer.id());
        invoice.put("customer_address", null);
        invoice.put("customer_email", customer.get("email"));
        invoice.put("customer_name", customer.get("name"));
        invoice.put("customer_shipping", null);
        invoice.put("default_payment_method", null);
        invoice.put("due_date", null);
        invoice.put("effective_at", null);
        invoice.put("ending_balance", null);
        invoice.put("from_invoice", null);
        invoice.put("last_finalization_error", null);
        invoice.put("metadata", new StripeObject());
        invoice.put("next_payment_attempt", null);
        invoice.put("on_behalf_of", null);
        invoice.put("parent", StripeObject.of("quote_details", null, "subscription_details",
                StripeObject.of("metadata", subscription.map("metadata").copy(), "subscription", subscription.id()),
                "type", "subscription_details"));
        invoice.put("payment_settings", StripeObject.of("default_mandate", null, "payment_method_options", null, "payment_method_types", null));
        invoice.put("rendering", null);
        invoice.put("shipping_cost", null);
        invoice.put("shipping_details", null);
        invoice.put("status", "draft");
        invoice.put("status_transitions", StripeObject.of("finalized_at", null, "marked_uncollectible_at", null, "paid_at", null,
                "voided_at", null));
        invoice.put("test_clock", customer.get("test_clock"));
        invoice.put("total_pretax_credit_amounts", new ArrayList<>());
        invoice.put("total_taxes", new ArrayList<>());
        invoice.put("webhooks_delivered_at", now);
        return invoice;
    }

    /** An invoice line: the subscription's price for a period, or a pending invoice item (a proration). */
    static StripeObject line(String invoiceId, String subscriptionId, String subscriptionItemId, StripeObject invoiceItem,
                             String currency, long amount, String description, long quantity, long start, long end, StripeObject price) {
        StripeObject line = Templates.of("line_item");
        line.put("id", Ids.next("il"));
        line.put("amount", amount);
        line.put("currency", currency);
        line.put("description", description);
        line.put("invoice", invoiceId);
        line.put("metadata", new StripeObject());
        line.put("period", StripeObject.of("end", end, "start", start));
        line.put("quantity", quantity);
        line.put("subtotal", amount);
        line.put("pretax_credit_amounts", new ArrayList<>());
        line.put("taxes", new ArrayList<>());
        line.put("quantity_decimal", Long.toString(quantity));
        line.put("subscription", subscriptionId);
        boolean proration = invoiceItem != null && invoiceItem.bool("proration");
        StripeObject details = StripeObject.of("invoice_item", invoiceItem == null ? null : invoiceItem.id(), "proration", proration,
                "proration_details", StripeObject.of("credited_items", null), "subscription", subscriptionId);
        if (invoiceItem == null) {
            details.put("subscription_item", subscriptionItemId);
            line.put("parent", StripeObject.of("invoice_item_details", null, "subscription_item_details", details,
                    "type", "subscription_item_details"));
        } else {
            line.put("parent", StripeObject.of("invoice_item_details", details, "subscription_item_details", null,
                    "type", "invoice_item_details"));
        }
        line.put("pricing", StripeObject.of("price_details", StripeObject.of("price", price.id(), "product", price.get("product")),
                "type", "price_details", "unit_amount_decimal", price.get("unit_amount_decimal")));
        return line;
    }

    static StripeObject invoiceItem(StripeObject customer, String subscriptionId, StripeObject price, long amount, String description,
                                    long start, long end, long now) {
        StripeObject item = Templates.of("invoiceitem");
        item.put("id", Ids.next("ii"));
        item.put("amount", amount);
        item.put("currency", price.get("currency"));
        item.put("customer", customer.id());
        item.put("date", now);
        item.put("description", description);
        item.put("invoice", null);
        item.put("metadata", new StripeObject());
        item.put("net_amount", amount);
        item.put("parent", StripeObject.of("subscription_details", StripeObject.of("subscription", subscriptionId,
                "subscription_item", null), "type", "subscription_details"));
        item.put("period", StripeObject.of("end", end, "start", start));
        item.put("pricing", StripeObject.of("price_details", StripeObject.of("price", price.id(), "product", price.get("product")),
                "type", "price_details", "unit_amount_decimal", price.get("unit_amount_decimal")));
        item.put("proration", true);
        item.put("quantity", 1L);
        item.put("quantity_decimal", "1");
        item.put("test_clock", customer.get("test_clock"));
        return item;
    }

    static StripeObject invoicePayment(StripeObject invoice, String paymentIntentId) {
        StripeObject payment = Templates.of("invoice_payment");
        payment.put("id", Ids.next("inpay"));
        payment.put("amount_paid", null);
        payment.put("amount_requested", invoice.longValue("amount_due"));
        payment.put("created", SandboxClock.nowSeconds());
        payment.put("currency", invoice.get("currency"));
        payment.put("invoice", invoice.id());
        payment.put("livemode", false);
        payment.put("payment", StripeObject.of("payment_intent", paymentIntentId, "type", "payment_intent"));
        payment.put("status", "open");
        return payment;
    }

    static StripeObject testClock(long frozenTime, String name) {
        StripeObject clock = Templates.of("test_helpers.test_clock");
        clock.put("id", Ids.next("clock"));
        clock.put("created", SandboxClock.nowSeconds());
        clock.put("deletes_after", SandboxClock.nowSeconds() + 30L * 24 * 3600);
        clock.put("frozen_time", frozenTime);
        clock.put("name", name);
        clock.put("status", "ready");
        clock.put("status_details", new StripeObject());
        return clock;
    }

    static StripeObject portalSession(String customerId, String returnUrl, String url, String id) {
        StripeObject session = Templates.of("billing_portal.session");
        session.put("id", id);
        session.put("configuration", "bpc_sandbox_default");
        session.put("created", SandboxClock.nowSeconds());
        session.put("customer", customerId);
        session.put("flow", null);
        session.put("livemode", false);
        session.put("on_behalf_of", null);
        session.put("return_url", returnUrl);
        session.put("url", url);
        return session;
    }


}
