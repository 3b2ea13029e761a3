package com.marketplace.sandbox.payments;

import com.marketplace.sandbox.protocol.Shapes;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.Templates;
import com.marketplace.sandbox.store.Ids;
import com.marketplace.sandbox.store.SandboxClock;
import java.util.ArrayList;
import java.util.List;

/**
 * New payment objects, each started from Stripe's fixture of its type with the example data
 * blanked and the fields the sandbox manages set.
 */
public final class PaymentObjects {

    private PaymentObjects() {
    }

    public static StripeObject paymentIntent(long amount, String currency, Long applicationFee, String destination,
                                             String onBehalfOf, StripeObject metadata, String description, String paymentMethod) {
        return paymentIntent(amount, currency, applicationFee, destination, onBehalfOf, metadata, description, paymentMethod, null);
    }

    public static StripeObject paymentIntent(long amount, String currency, Long applicationFee, String destination,
                                             String onBehalfOf, StripeObject metadata, String description, String paymentMethod,
                                             String transferGroup) {
        StripeObject intent = Templates.of("payment_intent");
        Shapes.blankFields(intent, List.of("amount_details", "automatic_payment_methods", "payment_method_configuration_details",
                "payment_method_options", "processing", "shipping", "last_payment_error",
                "next_action", "excluded_payment_method_types", "customer_account", "managed_payments"));
        // Polymorphic fields (typed by their own "object") must be null, not a blank shape.
        intent.put("source", null);
        intent.put("review", null);
        // Present only when there is one: a blank shape would read as "there is an error / a next action".
        for (String absent : List.of("last_payment_error", "next_action", "processing", "shipping", "payment_method_configuration_details",
                "customer_account", "managed_payments")) {
            intent.put(absent, null);
        }
        intent.put("application", null);
        intent.put("customer", null);
        String id = Ids.next("pi");
        intent.put("id", id);
        intent.put("amount", amount);
        intent.put("amount_capturable", 0L);
        intent.put("amount_received", 0L);
        intent.put("application_fee_amount", applicationFee);
        intent.put("canceled_at", null);
        intent.put("cancellation_reason", null);
        intent.put("capture_method", "automatic");
        intent.put("client_secret", id + "_secret_" + Ids.random(24));
        intent.put("confirmation_method", "automatic");
        intent.put("created", SandboxClock.nowSeconds());
        intent.put("currency", currency);
        intent.put("description", description);
        intent.put("latest_charge", null);
        intent.put("livemode", false);
        intent.put("metadata", metadata);
        intent.put("on_behalf_of", onBehalfOf);
        intent.put("payment_method", paymentMethod);
        intent.put("payment_method_types", new ArrayList<>(List.of("card")));
        intent.put("receipt_email", null);
        intent.put("setup_future_usage", null);
        intent.put("statement_descriptor", null);
        intent.put("statement_descriptor_suffix", null);
        intent.put("status", "requires_payment_method");
        intent.put("transfer_data", destination == null ? null : StripeObject.of("destination", destination));
        intent.put("transfer_group", transferGroup);
        return intent;
    }

    public static StripeObject charge(StripeObject intent, PaymentMethod method) {
        StripeObject charge = Templates.of("charge");
        Shapes.blankFields(charge, List.of("billing_details", "fraud_details", "outcome", "payment_method_details",
                "shipping"));
        charge.put("application", null);
        charge.put("customer", null);
        charge.put("review", null);
        charge.put("source", null);
        charge.put("source_transfer", null);
        charge.put("failure_balance_transaction", null);
        String id = Ids.next("ch");
        charge.put("id", id);
        charge.put("amount", intent.longValue("amount"));
        charge.put("amount_captured", 0L);
        charge.put("amount_refunded", 0L);
        charge.put("application_fee", null);
        charge.put("application_fee_amount", intent.get("application_fee_amount"));
        charge.put("balance_transaction", null);
        charge.put("calculated_statement_descriptor", "SANDBOX MARKETPLACE");
        charge.put("captured", false);
        charge.put("created", SandboxClock.nowSeconds());
        charge.put("currency", intent.string("currency"));
        charge.put("description", intent.get("description"));
        charge.put("disputed", false);
        charge.put("failure_code", null);
        charge.put("failure_message", null);
        charge.put("fraud_details", new StripeObject());
        charge.put("livemode", false);
        charge.put("metadata", intent.map("metadata").copy());
        charge.put("on_behalf_of", intent.get("on_behalf_of"));
        charge.put("paid", false);
        charge.put("payment_intent", intent.id());
        charge.put("payment_method", intent.get("payment_method"));
        charge.put("payment_method_details", method.details());
        charge.put("receipt_email", null);
        charge.put("receipt_number", null);
        charge.put("receipt_url", null);
        charge.put("refunded", false);
        charge.put("refunds", StripeObject.list("/v1/charges/" + id + "/refunds", List.of(), false));
        charge.put("statement_descriptor", null);
        charge.put("statement_descriptor_suffix", null);
        charge.put("status", "pending");
        charge.put("transfer_data", intent.get("transfer_data") == null ? null
                : StripeObject.of("amount", null, "destination", intent.map("transfer_data").string("destination")));
        charge.put("transfer_group", intent.get("transfer_group"));
        return charge;
    }

    public static StripeObject applicationFee(StripeObject charge, String connectedAccount, long amount) {
        StripeObject fee = Templates.of("application_fee");
        Shapes.blankFields(fee, List.of("fee_source", "originating_transaction"));
        String id = Ids.next("fee");
        fee.put("id", id);
        fee.put("account", connectedAccount);
        fee.put("amount", amount);
        fee.put("amount_refunded", 0L);
        fee.put("application", "ca_sandbox_platform");
        fee.put("balance_transaction", null);
        fee.put("charge", charge.id());
        fee.put("created", SandboxClock.nowSeconds());
        fee.put("currency", charge.string("currency"));
        fee.put("fee_source", StripeObject.of("charge", charge.id(), "payout", null, "type", "charge"));
        fee.put("livemode", false);
        fee.put("originating_transaction", null);
        fee.put("refunded", false);
        fee.put("refunds", StripeObject.list("/v1/application_fees/" + id + "/refunds", List.of(), false));
        return fee;
    }

    /** A transfer to {@code destination}, funded by {@code charge} ({@code source_transaction}) when there is one. */
    public static StripeObject transfer(StripeObject charge, String currency, String destination, long amount) {
        StripeObject transfer = Templates.of("transfer");
        String id = Ids.next("tr");
        transfer.put("id", id);
        transfer.put("amount", amount);
        transfer.put("amount_reversed", 0L);
        transfer.put("balance_transaction", null);
        transfer.put("created", SandboxClock.nowSeconds());
        transfer.put("currency", currency);
        transfer.put("description", null);
        transfer.put("destination", destination);
        transfer.put("destination_payment", Ids.next("py"));
        transfer.put("livemode", false);
        transfer.put("metadata", new StripeObject());
        transfer.put("reversals", StripeObject.list("/v1/transfers/" + id + "/reversals", List.of(), false));
        transfer.put("reversed", false);
        transfer.put("source_transaction", charge == null ? null : charge.id());
        transfer.put("source_type", "card");
        transfer.put("transfer_group", charge == null ? null : charge.get("transfer_group"));
        return transfer;
    }
}
