package com.marketplace.sandbox.accounts;

import com.marketplace.sandbox.events.EventRecorder;
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
import java.util.Map;

/**
 * Connected accounts. A new account can take no payments: its requirements are due and
 * {@code disabled_reason} is {@code requirements.past_due} until it finishes onboarding on the
 * hosted page (or a test helper sets its requirements). Every change is an {@code account.updated}
 * event on the account, which Stripe sends to Connect endpoints.
 */
@ApplicationScoped
public class AccountService {

    static final String OBJECT = "account";
    static final List<String> ONBOARDING_REQUIREMENTS = List.of("business_profile.url", "business_type", "external_account",
            "representative.first_name", "representative.last_name", "tos_acceptance.date", "tos_acceptance.ip");
    private static final Map<String, String> CURRENCY_BY_COUNTRY = Map.ofEntries(
            Map.entry("US", "usd"), Map.entry("GB", "gbp"), Map.entry("JP", "jpy"), Map.entry("CA", "cad"),
            Map.entry("AU", "aud"), Map.entry("CH", "chf"), Map.entry("SE", "sek"), Map.entry("DK", "dkk"),
            Map.entry("NO", "nok"), Map.entry("PL", "pln"), Map.entry("SG", "sgd"), Map.entry("NZ", "nzd"));

    @Inject
    SandboxStore store;

    @Inject
    EventRecorder events;

    @Inject
    StripeRequest request;

    public StripeObject create(Params params) {
        String type = params.string("type").orElse(params.child("controller").has("stripe_dashboard") ? "express" : "standard");
        if (!List.of("express", "standard", "custom").contains(type)) {
            throw StripeError.invalidRequest("Invalid type: must be one of express, standard, custom", "type");
        }
        String country = params.string("country").orElse("US").toUpperCase(Locale.ROOT);
        StripeObject account = Templates.of(OBJECT);
        Shapes.blankFields(account, List.of("business_profile", "controller", "future_requirements", "settings", "tos_acceptance"));
        String id = Ids.next("acct");
        account.put("id", id);
        account.put("business_type", params.string("business_type").orElse(null));
        account.map("business_profile").put("name", params.child("business_profile").string("name").orElse(null));
        account.map("business_profile").put("url", params.child("business_profile").string("url").orElse(null));
        account.put("capabilities", requestedCapabilities(params, type));
        account.put("charges_enabled", false);
        account.map("controller").put("type", "application");
        account.map("controller").put("is_controller", true);
        account.put("country", country);
        account.put("created", SandboxClock.nowSeconds());
        account.put("default_currency", params.string("default_currency").orElse(CURRENCY_BY_COUNTRY.getOrDefault(country, "eur")));
        account.put("details_submitted", false);
        account.put("email", params.string("email").orElse(null));
        account.put("external_accounts", StripeObject.list("/v1/accounts/" + id + "/external_accounts", List.of(), false));
        account.put("metadata", params.metadata());
        account.put("payouts_enabled", false);
        account.put("requirements", requirements(ONBOARDING_REQUIREMENTS, List.of(), "requirements.past_due"));
        // Stripe's default is daily after 2 (or 7) days; the sandbox pays out when asked and makes funds available at once.
        account.map("settings").put("payouts", StripeObject.of("debit_negative_balances", true,
                "schedule", StripeObject.of("delay_days", 0L, "interval", "manual"), "statement_descriptor", null));
        account.put("type", type);
        return store.write(tx -> tx.insert(Scope.PLATFORM, account));
    }

    public StripeObject get(String id) {
        return store.read(tx -> load(tx, id));
    }

    /** API updates: what a platform may change on its accounts (email, metadata, business profile). */
    public StripeObject update(String id, Params params) {
        return store.write(tx -> change(tx, id, account -> {
            params.string("email").ifPresent(email -> account.put("email", email));
            params.string("business_type").ifPresent(value -> account.put("business_type", value));
            params.child("business_profile").string("name").ifPresent(name -> account.map("business_profile").put("name", name));
            params.child("business_profile").string("url").ifPresent(url -> account.map("business_profile").put("url", url));
            if (params.has("metadata")) {
                StripeObject metadata = account.map("metadata");
                params.metadata().forEach((key, value) -> {
                    if ("".equals(value)) {
                        metadata.remove(key);
                    } else {
                        metadata.put(key, value);
                    }
                });
            }
        }));
    }

    /** The connected accounts, without those that deauthorized the platform (it no longer sees them). */
    public List<StripeObject> list(int limit, String startingAfter) {
        return store.read(tx -> tx.list(OBJECT, Scope.PLATFORM, Integer.MAX_VALUE, startingAfter).stream()
                .filter(account -> !Deauthorizations.isDeauthorized(tx, account.id()))
                .limit(limit).toList());
    }

    public StripeObject delete(String id) {
        return store.write(tx -> {
            load(tx, id);
            tx.execute("DELETE FROM sandbox_objects WHERE id = ?", id);
            return StripeObject.of("id", id, "object", OBJECT, "deleted", true);
        });
    }

    /** What the hosted onboarding form submits. */
    public StripeObject applyOnboarding(SandboxTx tx, String id, OnboardingOutcome outcome, String businessName, String email,
                                        String businessType) {
        return change(tx, id, account -> {
            account.put("details_submitted", outcome != OnboardingOutcome.INCOMPLETE);
            if (businessName != null && !businessName.isBlank()) {
                account.map("business_profile").put("name", businessName);
            }
            if (email != null && !email.isBlank()) {
                account.put("email", email);
            }
            if (businessType != null && !businessType.isBlank()) {
                account.put("business_type", businessType);
            }
            if (outcome != OnboardingOutcome.INCOMPLETE) {
                account.map("tos_acceptance").put("date", SandboxClock.nowSeconds());
                account.map("tos_acceptance").put("ip", "127.0.0.1");
            }
            switch (outcome) {
                case COMPLETE -> {
                    setState(account, true, true, "active", requirements(List.of(), List.of(), null));
                    if (account.map("external_accounts").list("data").isEmpty()) {
                        StripeObject bank = ExternalAccounts.bankAccount(account, ExternalAccounts.PAYS, "110000000");
                        ExternalAccounts.remember(tx, bank.id(), ExternalAccounts.PAYS);
                        ExternalAccounts.attach(account, bank);
                    }
                }
                case INCOMPLETE -> setState(account, false, false, "inactive",
                        requirements(List.of("external_account", "tos_acceptance.date", "tos_acceptance.ip"), List.of(), "requirements.past_due"));
                case RESTRICTED -> setState(account, false, false, "inactive",
                        requirements(List.of("individual.verification.document"), List.of("individual.verification.document"), "requirements.past_due"));
                case REJECTED -> setState(account, false, false, "inactive", requirements(List.of(), List.of(), "rejected.fraud"));
            }
        });
    }

    /** The test helper: set any of the status fields the platform projects, as Stripe's review would. */
    public StripeObject setRequirements(String id, Params params) {
        return store.write(tx -> change(tx, id, account -> {
            StripeObject requirements = account.map("requirements");
            for (String list : List.of("currently_due", "past_due", "eventually_due", "pending_verification")) {
                if (params.raw().containsKey(list)) {
                    requirements.put(list, new ArrayList<>(params.strings(list).stream().filter(item -> !item.isEmpty()).toList()));
                }
            }
            if (params.raw().containsKey("current_deadline")) {
                requirements.put("current_deadline", params.longValue("current_deadline").orElse(null));
            }
            if (params.raw().containsKey("disabled_reason")) {
                requirements.put("disabled_reason", params.string("disabled_reason").orElse(null));
            }
            params.bool("charges_enabled").ifPresent(value -> account.put("charges_enabled", value));
            params.bool("payouts_enabled").ifPresent(value -> account.put("payouts_enabled", value));
            params.bool("details_submitted").ifPresent(value -> account.put("details_submitted", value));
            for (String capability : List.of("card_payments", "transfers")) {
                params.child("capabilities").string(capability)
                        .ifPresent(status -> account.map("capabilities").put(capability, status));
            }
            if (params.raw().containsKey("future_currently_due")) {
                account.map("future_requirements").put("currently_due", new ArrayList<>(params.strings("future_currently_due")));
            }
        }));
    }

    StripeObject load(SandboxTx tx, String id) {
        return tx.find(id).map(SandboxTx.ScopedObject::object)
                .filter(found -> OBJECT.equals(found.objectType()))
                .orElseThrow(() -> new StripeError(404, "invalid_request_error", "account_invalid",
                        "The provided key does not have access to account '" + id + "' (or that account does not exist). "
                                + "Application access may have been revoked.", "account", null));
    }

    /**
     * Changes an account as Stripe would: {@code account.updated} when anything changed, and one
     * {@code capability.updated} per capability whose status changed.
     */
    public StripeObject change(SandboxTx tx, String id, java.util.function.Consumer<StripeObject> mutation) {
        StripeObject before = load(tx, id);
        StripeObject after = before.copy();
        mutation.accept(after);
        StripeObject previous = Shapes.previousAttributes(before, after);
        if (!previous.isEmpty()) {
            tx.update(after);
            StripeObject eventRequest = eventRequest();
            String apiVersion = apiVersion();
            events.record(tx, "account.updated", new Scope(id), after, previous, eventRequest, apiVersion);
            StripeObject oldCapabilities = before.map("capabilities");
            after.map("capabilities").forEach((capability, status) -> {
                Object oldStatus = oldCapabilities == null ? null : oldCapabilities.get(capability);
                if (!status.equals(oldStatus)) {
                    events.record(tx, "capability.updated", new Scope(id), capability(after, capability), StripeObject.of("status", oldStatus),
                            eventRequest, apiVersion);
                }
            });
        }
        return after;
    }

    /** Stripe's capability object, its requirements those of the account. */
    static StripeObject capability(StripeObject account, String name) {
        StripeObject capability = Templates.of("capability");
        capability.put("account", account.id());
        capability.put("id", name);
        capability.put("requested", true);
        capability.put("requested_at", account.get("created"));
        capability.put("requirements", account.map("requirements").copy());
        capability.put("future_requirements", requirements(List.of(), List.of(), null));
        capability.put("status", account.map("capabilities").get(name));
        return capability;
    }

    private StripeObject eventRequest() {
        return request.eventRequest();
    }

    private String apiVersion() {
        return request.apiVersion();
    }

    /**
     * The payout schedule helper: {@code delay_days} (how long new funds stay pending) and
     * {@code interval} ({@code manual} or {@code daily}); sends {@code account.updated}.
     */
    public StripeObject setPayoutSchedule(String id, Params params) {
        return store.write(tx -> {
            StripeObject account = change(tx, id, changed -> {
                StripeObject schedule = PayoutSchedules.schedule(changed);
                params.longValue("delay_days").ifPresent(days -> {
                    if (days < 0 || days > 365) {
                        throw StripeError.invalidRequest("delay_days must be between 0 and 365", "delay_days");
                    }
                    schedule.put("delay_days", days);
                });
                params.string("interval").ifPresent(interval -> {
                    if (!List.of("manual", "daily").contains(interval)) {
                        throw StripeError.invalidRequest("The sandbox's payout interval is manual or daily", "interval");
                    }
                    schedule.put("interval", interval);
                });
            });
            PayoutSchedules.startCounting(tx, id);
            return account;
        });
    }

    /**
     * The bank account helper: replaces the account's external account with one of this number
     * (Stripe's test numbers decide what its payouts do); sends
     * {@code account.external_account.updated} and {@code account.updated}.
     */
    public StripeObject setBankAccount(String id, Params params) {
        String number = params.requiredString("account_number").replaceAll("\\s", "");
        if (!number.matches("\\d{4,17}")) {
            throw StripeError.invalidRequest("account_number is 4 to 17 digits", "account_number");
        }
        return store.write(tx -> {
            StripeObject current = load(tx, id);
            StripeObject bank = ExternalAccounts.bankAccount(current, number, params.string("routing_number").orElse("110000000"));
            ExternalAccounts.remember(tx, bank.id(), number);
            StripeObject account = change(tx, id, changed -> ExternalAccounts.attach(changed, bank));
            events.record(tx, "account.external_account.updated", new Scope(id), bank, null, eventRequest(), apiVersion());
            return account;
        });
    }

    /**
     * The account disconnects the platform (a Standard account's owner revoking access): sends
     * {@code account.application.deauthorized}; from then on the platform's requests on it answer 403.
     */
    public StripeObject deauthorize(String id) {
        return store.write(tx -> {
            load(tx, id);
            if (Deauthorizations.isDeauthorized(tx, id)) {
                throw Deauthorizations.refused(id);
            }
            StripeObject event = events.record(tx, "account.application.deauthorized", new Scope(id), Deauthorizations.application(),
                    null, eventRequest(), apiVersion());
            Deauthorizations.mark(tx, id);
            return event;
        });
    }

    private static void setState(StripeObject account, boolean chargesEnabled, boolean payoutsEnabled, String capabilityStatus,
                                 StripeObject requirements) {
        account.put("charges_enabled", chargesEnabled);
        account.put("payouts_enabled", payoutsEnabled);
        StripeObject capabilities = account.map("capabilities");
        capabilities.keySet().forEach(capability -> capabilities.put(capability, capabilityStatus));
        account.put("requirements", requirements);
    }

    private static StripeObject requestedCapabilities(Params params, String type) {
        StripeObject capabilities = new StripeObject();
        Params requested = params.child("capabilities");
        for (String capability : List.of("card_payments", "transfers")) {
            boolean asked = requested.child(capability).bool("requested").orElse(false);
            if (asked || !"custom".equals(type)) {
                capabilities.put(capability, "inactive");
            }
        }
        return capabilities;
    }

    static StripeObject requirements(List<String> currentlyDue, List<String> pastDue, String disabledReason) {
        return StripeObject.of("alternatives", new ArrayList<>(), "current_deadline", null,
                "currently_due", new ArrayList<>(currentlyDue), "disabled_reason", disabledReason, "errors", new ArrayList<>(),
                "eventually_due", new ArrayList<>(currentlyDue), "past_due", new ArrayList<>(pastDue),
                "pending_verification", new ArrayList<>());
    }

    /** What a person chooses on the hosted onboarding page. */
    public enum OnboardingOutcome { COMPLETE, INCOMPLETE, RESTRICTED, REJECTED }
}
