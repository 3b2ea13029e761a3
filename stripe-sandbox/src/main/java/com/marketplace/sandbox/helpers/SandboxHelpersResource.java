package com.marketplace.sandbox.helpers;

import com.marketplace.sandbox.accounts.AccountService;
import com.marketplace.sandbox.accounts.AccountService.OnboardingOutcome;
import com.marketplace.sandbox.checkout.CheckoutSessionService;
import com.marketplace.sandbox.checkout.PaymentProcessor;
import com.marketplace.sandbox.checkout.PaymentResult;
import com.marketplace.sandbox.events.DeliveryQueue;
import com.marketplace.sandbox.events.FaultPlan;
import com.marketplace.sandbox.payments.DisputeService;
import com.marketplace.sandbox.payments.PaymentMethod;
import com.marketplace.sandbox.protocol.FormCodec;
import com.marketplace.sandbox.protocol.JsonText;
import com.marketplace.sandbox.protocol.Params;
import com.marketplace.sandbox.protocol.RequestLog;
import com.marketplace.sandbox.protocol.StripeError;
import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.store.SandboxClock;
import com.marketplace.sandbox.store.SandboxClockSetting;
import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Sandbox-only test helpers, outside Stripe's {@code /v1} surface: drive what a buyer, a bank or
 * Stripe's reviewers would do (pay, settle, dispute, verify an account), move the clock, inject
 * webhook faults and read the delivery log and the log of API requests. Form-encoded in, JSON out.
 */
@Path("_sandbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SandboxHelpersResource {

    @Inject
    SandboxStore store;

    @Inject
    PaymentProcessor payments;

    @Inject
    CheckoutSessionService checkout;

    @Inject
    DisputeService disputes;

    @Inject
    AccountService accounts;

    @Inject
    FaultPlan faults;

    @Inject
    com.marketplace.sandbox.balances.BalanceService balances;

    @Inject
    RequestLog requestLog;

    @Inject
    com.marketplace.sandbox.billing.BillingClock billing;

    @Inject
    com.marketplace.sandbox.payouts.PayoutService payouts;

    /**
     * Pays a session as the hosted page would: {@code card=4242...} or {@code method=bank_debit};
     * {@code authentication=fail} for 3-D Secure; {@code email} the buyer's address.
     */
    @POST
    @Path("checkout/sessions/{id}/pay")
    public String pay(@PathParam("id") String id, String body) {
        Params form = form(body);
        PaymentMethod method = "bank_debit".equals(form.string("method").orElse(null))
                ? PaymentMethod.BANK_DEBIT : PaymentMethod.forInput(form.string("card").orElse("4242424242424242"));
        if (method == null) {
            throw StripeError.invalidRequest("Unknown test card", "card");
        }
        PaymentResult result = payments.pay(scopeOf(id), id, method, !"fail".equals(form.string("authentication").orElse("complete")),
                form.string("email"));
        return JsonText.write(StripeObject.of("outcome", result.outcome().name().toLowerCase(Locale.ROOT),
                "message", result.message(), "session", result.session().publicCopy()));
    }

    @POST
    @Path("checkout/sessions/{id}/expire")
    public String expire(@PathParam("id") String id) {
        return JsonText.respond(checkout.expire(scopeOf(id), id));
    }

    @POST
    @Path("payment_intents/{id}/settle")
    public String settle(@PathParam("id") String id, String body) {
        boolean succeeded = !"failed".equals(form(body).string("outcome").orElse("succeeded"));
        return JsonText.respond(payments.settle(scopeOf(id), id, succeeded));
    }

    @POST
    @Path("charges/{id}/dispute")
    public String dispute(@PathParam("id") String id, String body) {
        return JsonText.respond(disputes.open(id, form(body).string("reason").orElse("fraudulent")));
    }

    @POST
    @Path("disputes/{id}/close")
    public String closeDispute(@PathParam("id") String id, String body) {
        return JsonText.respond(disputes.close(null, id, form(body).requiredString("status")));
    }

    /** Sets requirements, enabled flags and capabilities as Stripe's review would; sends account.updated. */
    @POST
    @Path("accounts/{id}/requirements")
    public String requirements(@PathParam("id") String id, String body) {
        return JsonText.respond(accounts.setRequirements(id, form(body)));
    }

    /**
     * Sets a connected account's available balance: {@code available=N} (minor units, may be
     * negative) {@code currency=eur}; e.g. 0 to stand for a payout that emptied it.
     */
    @POST
    @Path("accounts/{id}/balance")
    public String setBalance(@PathParam("id") String id, String body) {
        Params form = form(body);
        return JsonText.respond(balances.setAvailable(id, form.requiredLong("available"), form.requiredString("currency")));
    }

    /** Sets the account's bank account: {@code account_number=000123456789} pays, {@code 000111111116} and {@code 000111111113} fail. */
    @POST
    @Path("accounts/{id}/bank_account")
    public String bankAccount(@PathParam("id") String id, String body) {
        return JsonText.respond(accounts.setBankAccount(id, form(body)));
    }

    /** {@code delay_days=N} (how long new funds stay pending), {@code interval=manual|daily}. */
    @POST
    @Path("accounts/{id}/payout_schedule")
    public String payoutSchedule(@PathParam("id") String id, String body) {
        return JsonText.respond(accounts.setPayoutSchedule(id, form(body)));
    }

    /** Pays out the account's available balance now, one payout per currency (what the schedule does each day). */
    @POST
    @Path("accounts/{id}/payouts/run")
    public String runPayouts(@PathParam("id") String id) {
        return JsonText.respond(StripeObject.list("/v1/payouts", payouts.runNow(id), false));
    }

    /** The account disconnects the platform: {@code account.application.deauthorized}, then 403 {@code account_invalid}. */
    @POST
    @Path("accounts/{id}/deauthorize")
    public String deauthorize(@PathParam("id") String id) {
        return JsonText.respond(accounts.deauthorize(id));
    }

    /** Onboards an account without the hosted page: {@code outcome=complete|incomplete|restricted|rejected}. */
    @POST
    @Path("accounts/{id}/onboard")
    public String onboard(@PathParam("id") String id, String body) {
        OnboardingOutcome outcome = OnboardingOutcome.valueOf(form(body).string("outcome").orElse("complete").toUpperCase(Locale.ROOT));
        return JsonText.respond(store.write(tx -> accounts.applyOnboarding(tx, id, outcome, null, null, "individual")));
    }

    /**
     * Failed renewal payments: {@code retry_days=3,5,7} (days after each failed attempt) and
     * {@code after_retries=canceled|unpaid} (what the subscription becomes when they are used up).
     */
    @POST
    @Path("billing/settings")
    public String billingSettings(String body) {
        Params form = form(body);
        return JsonText.write(store.write(tx -> {
            form.string("retry_days").ifPresent(days -> {
                if (!days.matches("\\s*(\\d+\\s*(,\\s*\\d+\\s*)*)?")) {
                    throw StripeError.invalidRequest("retry_days is a comma-separated list of whole days", "retry_days");
                }
                tx.putSetting(com.marketplace.sandbox.billing.Dunning.RETRY_DAYS, days);
            });
            form.string("after_retries").ifPresent(outcome -> {
                if (!outcome.equals("canceled") && !outcome.equals("unpaid")) {
                    throw StripeError.invalidRequest("after_retries is canceled or unpaid", "after_retries");
                }
                tx.putSetting(com.marketplace.sandbox.billing.Dunning.AFTER_RETRIES, outcome);
            });
            com.marketplace.sandbox.billing.Dunning dunning = com.marketplace.sandbox.billing.Dunning.read(tx);
            return StripeObject.of("retry_days", new ArrayList<>(dunning.retryDays()),
                    "after_retries", dunning.cancelsAfterRetries() ? "canceled" : "unpaid");
        }));
    }

    @POST
    @Path("clock/advance")
    public String advanceClock(String body) {
        long seconds = form(body).requiredLong("seconds");
        long offset = store.write(tx -> SandboxClockSetting.advance(tx, seconds));
        int expired = checkout.expireDue();
        billing.runRealtime();
        payouts.runDue();
        return JsonText.write(StripeObject.of("offset_seconds", offset, "now", SandboxClock.nowSeconds(), "expired_sessions", (long) expired));
    }

    /**
     * Webhook faults: {@code hold=true|false}, {@code copies=N}, {@code delay_ms=N}, {@code fail_next=N} (with {@code fail_url=part}
     * to aim at some endpoints), {@code drop_type=event.type} (never deliver events of that type), {@code reset=true}.
     */
    @POST
    @Path("webhooks/faults")
    public String setFaults(String body) {
        Params form = form(body);
        if (form.bool("reset").orElse(false)) {
            faults.reset();
        }
        form.bool("hold").ifPresent(faults::hold);
        form.longValue("copies").ifPresent(copies -> faults.copiesPerEvent(copies.intValue()));
        form.longValue("delay_ms").ifPresent(faults::delayMillis);
        form.longValue("fail_next").ifPresent(fail -> faults.failNextAttempts(fail.intValue(), form.string("fail_url").orElse("")));
        form.string("drop_type").ifPresent(faults::drop);
        return JsonText.write(StripeObject.of("holding", faults.holding(), "copies", (long) faults.copiesPerEvent(),
                "delay_ms", faults.delayMillis(), "dropped_types", new ArrayList<>(faults.droppedTypes())));
    }

    /** Sends the held deliveries, in a random order when {@code shuffle=true} ({@code seed=N} makes it repeatable). */
    @POST
    @Path("webhooks/release")
    public String release(String body) {
        Params form = form(body);
        boolean shuffle = form.bool("shuffle").orElse(false);
        java.util.Random random = form.longValue("seed").map(java.util.Random::new).orElseGet(java.util.Random::new);
        faults.hold(false);
        long released = store.write(tx -> {
            List<String[]> held = tx.query("SELECT event_id, endpoint_id FROM sandbox_deliveries WHERE status = 'held' ORDER BY id",
                    List.of(), rs -> new String[] {rs.getString(1), rs.getString(2)});
            List<String[]> order = new ArrayList<>(held);
            if (shuffle) {
                Collections.shuffle(order, random);
            }
            tx.execute("DELETE FROM sandbox_deliveries WHERE status = 'held'");
            for (String[] delivery : order) {
                DeliveryQueue.enqueue(tx, delivery[0], delivery[1], "pending", System.currentTimeMillis());
            }
            return (long) order.size();
        });
        return JsonText.write(StripeObject.of("released", released, "shuffled", shuffle));
    }

    /** Delivers an existing event again, {@code times} more times, to every endpoint it went to. */
    @POST
    @Path("events/{id}/deliver")
    public String redeliver(@PathParam("id") String id, String body) {
        long times = form(body).longValue("times").orElse(1L);
        long queued = store.write(tx -> {
            List<String> endpoints = tx.query("SELECT DISTINCT endpoint_id FROM sandbox_deliveries WHERE event_id = ?",
                    List.of(id), rs -> rs.getString(1));
            if (endpoints.isEmpty()) {
                throw StripeError.noSuch("event delivery", id);
            }
            long count = 0;
            for (String endpoint : endpoints) {
                for (int i = 0; i < times; i++) {
                    DeliveryQueue.enqueue(tx, id, endpoint, "pending", System.currentTimeMillis());
                    count++;
                }
            }
            return count;
        });
        return JsonText.write(StripeObject.of("queued", queued));
    }

    /** The delivery log, newest first: which event went to which endpoint, how often, with what answer. */
    @GET
    @Path("deliveries")
    public String deliveries(@QueryParam("event") String eventId, @QueryParam("limit") Integer limit) {
        int rows = limit == null ? 100 : Math.min(Math.max(limit, 1), 1000);
        List<StripeObject> log = store.read(tx -> tx.query(
                "SELECT d.id, d.event_id, o.lookup_key, d.endpoint_id, d.status, d.attempts, d.last_status_code, d.last_error, d.delivered_at"
                        + " FROM sandbox_deliveries d JOIN sandbox_objects o ON o.id = d.event_id"
                        + (eventId == null ? "" : " WHERE d.event_id = ?") + " ORDER BY d.id DESC LIMIT " + rows,
                eventId == null ? List.of() : List.of(eventId),
                rs -> StripeObject.of("id", rs.getLong(1), "event", rs.getString(2), "type", rs.getString(3),
                        "endpoint", rs.getString(4), "status", rs.getString(5), "attempts", (long) rs.getInt(6),
                        "last_status_code", rs.getObject(7) == null ? null : ((Number) rs.getObject(7)).longValue(),
                        "last_error", rs.getString(8), "delivered_at", rs.getObject(9) == null ? null : rs.getLong(9))));
        return JsonText.write(StripeObject.of("object", "list", "data", log));
    }

    /**
     * The API requests received, oldest first, with their count: those whose path (query included)
     * contains {@code path_contains}, or is exactly {@code path}, made with {@code method}; each
     * filter is optional. What the platform asked Stripe about an object, or proof it asked nothing.
     */
    @GET
    @Path("requests")
    public String requests(@QueryParam("path_contains") String pathContains, @QueryParam("path") String path,
                           @QueryParam("method") String method) {
        List<StripeObject> received = requestLog.matching(pathContains == null ? "" : pathContains).stream()
                .filter(entry -> path == null || path.equals(entry.path()))
                .filter(entry -> method == null || method.equalsIgnoreCase(entry.method()))
                .map(entry -> StripeObject.of("method", entry.method(), "path", entry.path(), "stripe_account", entry.account(),
                        "received_at", entry.receivedAt()))
                .toList();
        return JsonText.write(StripeObject.of("object", "list", "count", (long) received.size(), "data", received));
    }

    private Scope scopeOf(String id) {
        return store.read(tx -> tx.find(id)).map(SandboxTx.ScopedObject::scope)
                .orElseThrow(() -> StripeError.noSuch("object", id));
    }

    private static Params form(String body) {
        return new Params(FormCodec.decode(body));
    }
}
