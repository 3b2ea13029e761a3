package com.marketplace.sandbox.checkout;

import com.marketplace.sandbox.events.EventRecorder;
import com.marketplace.sandbox.protocol.HttpUrls;
import com.marketplace.sandbox.protocol.Params;
import com.marketplace.sandbox.protocol.Shapes;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.StripeRequest;
import com.marketplace.sandbox.protocol.Templates;
import com.marketplace.sandbox.store.Ids;
import com.marketplace.sandbox.store.SandboxClock;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checkout Sessions in payment mode. Creation validates what Stripe validates (line items,
 * amounts, the fee/destination rules, expiry bounds) and creates no payment intent: as on
 * Stripe's current API, the intent appears when the buyer pays on the hosted page.
 */
@ApplicationScoped
public class CheckoutSessionService {

    static final String OBJECT = "checkout.session";
    private static final long MIN_LIFETIME = 30 * 60;
    private static final long MAX_LIFETIME = 24 * 60 * 60;

    @Inject
    SandboxStore store;

    @Inject
    EventRecorder events;

    @Inject
    StripeRequest request;

    @Inject
    Discounts discounts;

    public StripeObject create(Scope scope, Params params, String sandboxBaseUrl) {
        String mode = params.requiredString("mode");
        if (!"payment".equals(mode) && !"subscription".equals(mode)) {
            throw StripeError.invalidRequest("The sandbox supports mode=payment and mode=subscription only.", "mode");
        }
        boolean subscription = "subscription".equals(mode);
        if (subscription && params.has("payment_intent_data")) {
            throw StripeError.invalidRequest("You can not pass `payment_intent_data` in `subscription` mode.", "payment_intent_data");
        }
        if (!subscription && params.has("subscription_data")) {
            throw StripeError.invalidRequest("You can only pass `subscription_data` in `subscription` mode.", "subscription_data");
        }
        String successUrl = HttpUrls.required(params, "success_url");
        HttpUrls.optional(params, "cancel_url");
        List<Params> lineItems = params.children("line_items");
        if (lineItems.isEmpty()) {
            throw StripeError.missingParam("line_items");
        }
        long now = SandboxClock.nowSeconds();
        long expiresAt = params.longValue("expires_at").orElse(now + MAX_LIFETIME);
        if (expiresAt < now + MIN_LIFETIME || expiresAt > now + MAX_LIFETIME) {
            throw StripeError.invalidRequest("The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.", "expires_at");
        }
        Params intentData = params.child("payment_intent_data");
        Long applicationFee = intentData.longValue("application_fee_amount").orElse(null);
        String destination = intentData.child("transfer_data").string("destination").orElse(null);
        String onBehalfOf = intentData.string("on_behalf_of").orElse(null);
        if (applicationFee != null && applicationFee < 0) {
            throw StripeError.invalidRequest("application_fee_amount must be at least 0", intentData.name("application_fee_amount"));
        }
        if (applicationFee != null && scope.isPlatform() && destination == null && onBehalfOf == null) {
            throw StripeError.invalidRequest("Can only apply an application_fee_amount when the PaymentIntent is attempting a direct "
                    + "payment (using an OAuth key or Stripe-Account header) or destination payment (using `transfer_data[destination]`).",
                    intentData.name("application_fee_amount"));
        }
        if (destination != null && !scope.isPlatform()) {
            throw StripeError.invalidRequest("transfer_data[destination] cannot be used with a Stripe-Account header.",
                    intentData.child("transfer_data").name("destination"));
        }
        boolean allowPromotionCodes = params.bool("allow_promotion_codes").orElse(false);
        List<Params> presetDiscounts = params.children("discounts");
        if (allowPromotionCodes && !presetDiscounts.isEmpty()) {
            throw StripeError.invalidRequest("You may only specify one of these parameters: allow_promotion_codes, discounts.", "discounts");
        }

        if (subscription && lineItems.size() != 1) {
            throw StripeError.invalidRequest("The sandbox supports exactly one line item (a recurring price) in subscription mode.", "line_items");
        }
        SubscriptionData subscriptionData = subscription ? SubscriptionData.of(params.child("subscription_data"), scope) : null;
        String id = "cs_test_" + Ids.random(58);
        List<StripeObject> items = new ArrayList<>();
        String currency = null;
        long subtotal = 0;
        for (int i = 0; i < lineItems.size(); i++) {
            StripeObject item = lineItems.get(i).has("price")
                    ? catalogLineItem(scope, lineItems.get(i), subscription) : lineItem(lineItems.get(i));
            if (subscription && subscriptionData.trialDays() > 0) {
                item.put("amount_subtotal", 0L);
                item.put("amount_total", 0L);
            }
            if (currency != null && !currency.equals(item.string("currency"))) {
                throw StripeError.invalidRequest("All line items must use the same currency.", "line_items[" + i + "][price_data][currency]");
            }
            currency = item.string("currency");
            subtotal = Math.addExact(subtotal, item.longValue("amount_subtotal"));
            items.add(item);
        }
        String sessionCurrency = currency;
        long amountSubtotal = subtotal;
        return store.write(tx -> {
            checkAccounts(tx, scope, subscription ? subscriptionData.destination() : destination);
            StripeObject session = newSession(id, scope, sessionCurrency, amountSubtotal, expiresAt, successUrl, params, sandboxBaseUrl);
            if (subscription) {
                session.put("mode", "subscription");
                session.put("payment_method_collection", "always");
                session.put("customer_creation", null);
                session.put("sandbox_subscription_data", subscriptionData.stored());
                String customer = params.string("customer").orElse(null);
                if (customer != null) {
                    StripeObject found = tx.get(customer, scope, "customer");
                    session.put("customer", customer);
                    session.put("customer_email", found.string("email"));
                }
            }
            session.put("allow_promotion_codes", params.bool("allow_promotion_codes").orElse(null));
            session.put("sandbox_payment_intent_data", StripeObject.of("application_fee_amount", applicationFee,
                    "destination", destination, "on_behalf_of", onBehalfOf, "metadata", intentData.metadata(),
                    "description", intentData.string("description").orElse(null),
                    "transfer_group", intentData.string("transfer_group").orElse(null)));
            if (!presetDiscounts.isEmpty()) {
                Discounts.Applied applied = presetDiscount(tx, scope, presetDiscounts, amountSubtotal, sessionCurrency);
                applyDiscount(session, applied);
                allocate(items, applied.discount(), amountSubtotal);
            }
            if (applicationFee != null && session.longValue("amount_total") > 0 && applicationFee > session.longValue("amount_total")) {
                throw StripeError.invalidRequest("The application_fee_amount (" + applicationFee
                        + ") must be less than or equal to the amount of the payment (" + session.longValue("amount_total") + ").",
                        intentData.name("application_fee_amount"));
            }
            tx.insert(scope, session, null, "open");
            for (StripeObject item : items) {
                tx.insert(scope, item, id, null);
            }
            return session;
        });
    }

    public StripeObject get(Scope scope, String id) {
        return store.get(id, scope, OBJECT);
    }

    public List<StripeObject> lineItems(Scope scope, String sessionId) {
        return store.read(tx -> {
            tx.get(sessionId, scope, OBJECT);
            return tx.children(sessionId, "item");
        });
    }

    public List<StripeObject> list(Scope scope, int limit, String startingAfter) {
        return store.read(tx -> tx.list(OBJECT, scope, limit, startingAfter));
    }

    /** {@code POST /v1/checkout/sessions/{id}/expire}: only an open session can be expired. */
    public StripeObject expire(Scope scope, String id) {
        return store.write(tx -> {
            StripeObject session = tx.get(id, scope, OBJECT);
            if (!"open".equals(session.string("status"))) {
                throw StripeError.invalidRequest("Only Checkout Sessions with a status in [\"open\"] can be expired. This Checkout Session has a status of \""
                        + session.string("status") + "\".", null);
            }
            return expire(tx, scope, session);
        });
    }

    /** Expires every open session whose {@code expires_at} has passed on the sandbox clock. */
    public int expireDue() {
        return store.write(tx -> {
            int expired = 0;
            for (SandboxTx.ScopedObject open : tx.byLookupKey(OBJECT, "open")) {
                if (open.object().longValue("expires_at") <= SandboxClock.nowSeconds()) {
                    expire(tx, open.scope(), open.object());
                    expired++;
                }
            }
            return expired;
        });
    }

    /** Applies a code typed on the hosted page to an open session. */
    public StripeObject applyPromotionCode(Scope scope, String sessionId, String code) {
        return store.write(tx -> {
            StripeObject session = tx.get(sessionId, scope, OBJECT);
            if (!"open".equals(session.string("status"))) {
                throw StripeError.invalidRequest("This Checkout Session is no longer open.", null);
            }
            if (!session.bool("allow_promotion_codes")) {
                throw StripeError.invalidRequest("This Checkout Session does not accept promotion codes.", "promotion_code");
            }
            applyDiscount(session, discounts.applyTyped(tx, scope, code, session.longValue("amount_subtotal"), session.string("currency")));
            tx.update(session);
            return session;
        });
    }

    StripeObject expire(SandboxTx tx, Scope scope, StripeObject session) {
        StripeObject before = session.copy();
        session.put("status", "expired");
        tx.update(session, "expired");
        events.record(tx, "checkout.session.expired", scope, session, Shapes.previousAttributes(before, session),
                request.eventRequest(), request.apiVersion());
        return session;
    }

    private void checkAccounts(SandboxTx tx, Scope scope, String destination) {
        if (!scope.isPlatform()) {
            StripeObject account = tx.get(scope.accountId(), Scope.PLATFORM, "account");
            if (!account.bool("charges_enabled")) {
                throw StripeError.invalidRequest("Your account cannot currently make live charges: the connected account "
                        + account.id() + " has charges_enabled=false.", null);
            }
        }
        if (destination != null) {
            StripeObject account = tx.find(destination).map(SandboxTx.ScopedObject::object)
                    .filter(found -> "account".equals(found.objectType()))
                    .orElseThrow(() -> StripeError.invalidRequest("No such destination: '" + destination + "'",
                            "payment_intent_data[transfer_data][destination]"));
            if (!"active".equals(account.map("capabilities").string("transfers"))) {
                throw StripeError.invalidRequest("Your destination account needs to have at least one of the following "
                        + "capabilities enabled: transfers, crypto_transfers, legacy_payments",
                        "payment_intent_data[transfer_data][destination]");
            }
        }
    }

    private static StripeObject newSession(String id, Scope scope, String currency, long subtotal, long expiresAt, String successUrl,
                                           Params params, String sandboxBaseUrl) {
        StripeObject session = Templates.of(OBJECT);
        Shapes.blankFields(session, List.of("after_expiration", "automatic_tax", "consent", "consent_collection", "custom_text",
                "customer_details", "invoice_creation", "payment_method_configuration_details", "payment_method_options",
                "phone_number_collection", "saved_payment_method_options", "shipping_address_collection", "shipping_cost",
                "adaptive_pricing", "collected_information", "permissions", "wallet_options", "currency_conversion",
                "managed_payments"));
        // Optional features the sandbox does not offer are absent (null), not blank shapes.
        for (String absent : List.of("after_expiration", "consent", "consent_collection", "currency_conversion",
                "shipping_address_collection", "shipping_cost", "saved_payment_method_options", "collected_information",
                "permissions", "wallet_options", "managed_payments", "adaptive_pricing", "invoice_creation",
                "payment_method_configuration_details", "customer_details")) {
            session.put(absent, null);
        }
        session.put("automatic_tax", StripeObject.of("enabled", false, "liability", null, "provider", null, "status", null));
        session.put("phone_number_collection", StripeObject.of("enabled", false));
        session.put("id", id);
        session.put("amount_subtotal", subtotal);
        session.put("amount_total", subtotal);
        session.put("billing_address_collection", null);
        session.put("cancel_url", params.string("cancel_url").orElse(null));
        session.put("client_reference_id", params.string("client_reference_id").orElse(null));
        session.put("client_secret", null);
        session.put("created", SandboxClock.nowSeconds());
        session.put("currency", currency);
        session.put("custom_fields", new ArrayList<>());
        session.put("customer", null);
        session.put("customer_account", null);
        session.put("customer_creation", "if_required");
        session.put("customer_email", params.string("customer_email").orElse(null));
        session.put("discounts", new ArrayList<>());
        session.put("expires_at", expiresAt);
        session.put("integration_identifier", null);
        session.put("invoice", null);
        session.put("livemode", false);
        session.put("locale", params.string("locale").orElse(null));
        session.put("metadata", params.metadata());
        session.put("mode", "payment");
        session.put("origin_context", null);
        session.put("payment_intent", null);
        session.put("payment_link", null);
        session.put("payment_method_collection", "if_required");
        session.put("payment_method_types", new ArrayList<>(List.of("card")));
        session.put("payment_status", "unpaid");
        session.put("recovered_from", null);
        session.put("setup_intent", null);
        session.put("shipping_options", new ArrayList<>());
        session.put("status", "open");
        session.put("submit_type", null);
        session.put("subscription", null);
        session.put("success_url", successUrl);
        session.put("total_details", StripeObject.of("amount_discount", 0L, "amount_shipping", 0L, "amount_tax", 0L));
        session.put("ui_mode", "hosted");
        session.put("url", sandboxBaseUrl + "hosted/checkout/" + id);
        session.put("sandbox_scope", scope.isPlatform() ? null : scope.accountId());
        return session;
    }

    /** {@code line_items[][price]}: a Price created through {@code /v1/prices} on the session's account. */
    private StripeObject catalogLineItem(Scope scope, Params line, boolean subscription) {
        long quantity = line.longValue("quantity").orElseThrow(() -> StripeError.missingParam(line.name("quantity")));
        if (quantity < 1) {
            throw StripeError.invalidRequest("Quantity must be at least 1", line.name("quantity"));
        }
        String priceId = line.requiredString("price");
        StripeObject price = store.read(tx -> tx.find(priceId)).filter(found -> found.scope().equals(scope)
                        && "price".equals(found.object().objectType())).map(SandboxTx.ScopedObject::object)
                .orElseThrow(() -> StripeError.invalidRequest("No such price: '" + priceId + "'", line.name("price")));
        if (!price.bool("active")) {
            throw StripeError.invalidRequest("The price specified is inactive. This field only accepts active prices.", line.name("price"));
        }
        boolean recurring = price.get("recurring") != null;
        if (subscription != recurring) {
            throw StripeError.invalidRequest(subscription
                    ? "You must provide at least one recurring price in `subscription` mode when using prices."
                    : "You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.",
                    line.name("price"));
        }
        long amount = Math.multiplyExact(price.longValue("unit_amount"), quantity);
        String name = store.read(tx -> tx.find(price.string("product"))).map(found -> found.object().string("name")).orElse(null);
        StripeObject item = Templates.of("item");
        item.put("id", Ids.next("li"));
        item.put("amount_discount", 0L);
        item.put("amount_subtotal", amount);
        item.put("amount_tax", 0L);
        item.put("amount_total", amount);
        item.put("currency", price.string("currency"));
        item.put("description", name);
        item.put("price", price.publicCopy());
        item.put("quantity", quantity);
        item.put("metadata", new StripeObject());
        item.put("adjustable_quantity", null);
        return item;
    }

    private static StripeObject lineItem(Params line) {
        long quantity = line.longValue("quantity").orElseThrow(() -> StripeError.missingParam(line.name("quantity")));
        if (quantity < 1) {
            throw StripeError.invalidRequest("Quantity must be at least 1", line.name("quantity"));
        }
        if (line.has("price")) {
            throw StripeError.invalidRequest("The sandbox supports price_data line items only.", line.name("price"));
        }
        Params priceData = line.child("price_data");
        String currency = priceData.requiredString("currency").toLowerCase(Locale.ROOT);
        if (!isIsoCurrency(currency)) {
            throw StripeError.invalidRequest("Invalid currency: " + currency, priceData.name("currency"));
        }
        long unitAmount = priceData.requiredLong("unit_amount");
        if (unitAmount < 0) {
            throw StripeError.invalidRequest("This value must be greater than or equal to 0.", priceData.name("unit_amount"));
        }
        String name = priceData.child("product_data").requiredString("name");
        long amount = Math.multiplyExact(unitAmount, quantity);

        StripeObject price = Templates.of("price");
        Shapes.blankFields(price, List.of("custom_unit_amount", "recurring", "transform_quantity"));
        price.put("id", Ids.next("price"));
        price.put("active", false);
        price.put("created", SandboxClock.nowSeconds());
        price.put("currency", currency);
        price.put("lookup_key", null);
        price.put("metadata", new StripeObject());
        price.put("nickname", null);
        price.put("product", Ids.next("prod"));
        price.put("recurring", null);
        price.put("tax_behavior", "unspecified");
        price.put("type", "one_time");
        price.put("unit_amount", unitAmount);
        price.put("unit_amount_decimal", Long.toString(unitAmount));
        price.put("transform_quantity", null);
        price.put("custom_unit_amount", null);

        StripeObject item = Templates.of("item");
        item.put("id", Ids.next("li"));
        item.put("amount_discount", 0L);
        item.put("amount_subtotal", amount);
        item.put("amount_tax", 0L);
        item.put("amount_total", amount);
        item.put("currency", currency);
        item.put("description", name);
        item.put("price", price);
        item.put("quantity", quantity);
        item.put("metadata", new StripeObject());
        item.put("adjustable_quantity", null);
        return item;
    }

    private static boolean isIsoCurrency(String currency) {
        try {
            return currency.matches("[a-z]{3}") && java.util.Currency.getInstance(currency.toUpperCase(Locale.ROOT)) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // One discount per session, as Stripe allows; the promotion code must live where the session does.
    private Discounts.Applied presetDiscount(SandboxTx tx, Scope scope, List<Params> presetDiscounts, long subtotal, String currency) {
        if (presetDiscounts.size() > 1) {
            throw StripeError.invalidRequest("You may only specify one discount.", "discounts");
        }
        Params discount = presetDiscounts.get(0);
        String param = discount.name("promotion_code");
        String promotionCodeId = discount.string("promotion_code")
                .orElseThrow(() -> StripeError.invalidRequest("The sandbox supports discounts[][promotion_code] only.", "discounts"));
        StripeObject promotion = tx.find(promotionCodeId).filter(found -> found.scope().equals(scope))
                .map(SandboxTx.ScopedObject::object).filter(found -> "promotion_code".equals(found.objectType()))
                .orElseThrow(() -> StripeError.invalidRequest("No such promotion code: '" + promotionCodeId + "'", param));
        return discounts.apply(tx, scope, promotion, subtotal, currency, param);
    }

    // Each line item carries its share of the discount, in proportion to its amount; the last one
    // takes what rounding leaves, so the shares add up to the session's amount_discount.
    private static void allocate(List<StripeObject> items, long discount, long subtotal) {
        long left = discount;
        for (int i = 0; i < items.size(); i++) {
            StripeObject item = items.get(i);
            long share = i == items.size() - 1 ? left
                    : subtotal == 0 ? 0 : Math.multiplyExact(item.longValue("amount_subtotal"), discount) / subtotal;
            left -= share;
            item.put("amount_discount", share);
            item.put("amount_total", item.longValue("amount_subtotal") - share);
        }
    }

    private static void applyDiscount(StripeObject session, Discounts.Applied applied) {
        long subtotal = session.longValue("amount_subtotal");
        session.put("amount_total", subtotal - applied.discount());
        session.map("total_details").put("amount_discount", applied.discount());
        session.put("discounts", new ArrayList<>(List.of(StripeObject.of("coupon", null,
                "promotion_code", applied.promotionCode().id()))));
    }
}
