package com.marketplace.sandbox.payouts;

import com.marketplace.sandbox.accounts.ExternalAccounts;
import com.marketplace.sandbox.accounts.PayoutSchedules;
import com.marketplace.sandbox.balances.Ledger;
import com.marketplace.sandbox.events.EventRecorder;
import com.marketplace.sandbox.protocol.Params;
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
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Payouts of connected accounts to their bank account. A payout takes its amount from the
 * available balance at once ({@code payout} balance transaction) and stays {@code pending} until
 * its {@code arrival_date}, a day later on the sandbox clock; then the bank account's test number
 * decides: it is {@code paid}, or {@code failed} with Stripe's {@code failure_code} and the amount
 * returned to the available balance ({@code payout_failure}). A pending payout can be canceled
 * ({@code payout_cancel}). Events go to Connect endpoints with {@code account} set.
 */
@ApplicationScoped
public class PayoutService {

    static final String OBJECT = "payout";
    private static final String PENDING = "pending";
    private static final Map<String, String[]> FAILING_NUMBERS = Map.of(
            "000111111116", new String[] {"no_account",
                    "The bank account details on file are probably incorrect. No bank account could be located with those details."},
            "000111111113", new String[] {"account_closed", "The bank account has been closed."});

    @Inject
    SandboxStore store;

    @Inject
    EventRecorder events;

    @Inject
    StripeRequest request;

    /** {@code POST /v1/payouts} on a connected account: {@code amount}, {@code currency}, {@code description}, {@code metadata}. */
    public StripeObject create(Scope scope, Params params) {
        if (scope.isPlatform()) {
            throw StripeError.invalidRequest("The sandbox pays out connected accounts only: pass Stripe-Account", null);
        }
        long amount = params.requiredLong("amount");
        if (amount <= 0) {
            throw StripeError.invalidRequest("This value must be greater than or equal to 1.", "amount");
        }
        String currency = params.requiredString("currency").toLowerCase(Locale.ROOT);
        return store.write(tx -> payOut(tx, scope, amount, currency, false, params.string("description").orElse(null),
                params.metadata()));
    }

    public StripeObject get(Scope scope, String id) {
        return store.get(id, scope, OBJECT);
    }

    /** Newest first; Stripe's {@code status} filter. */
    public List<StripeObject> list(Scope scope, String status, int limit, String startingAfter) {
        return store.read(tx -> tx.list(OBJECT, scope, Integer.MAX_VALUE, startingAfter).stream()
                .filter(payout -> status == null || status.equals(payout.string("status")))
                .limit(limit).toList());
    }

    /** {@code POST /v1/payouts/{id}/cancel}: only a pending payout; its amount returns to the available balance. */
    public StripeObject cancel(Scope scope, String id) {
        return store.write(tx -> {
            StripeObject before = tx.get(id, scope, OBJECT);
            if (!PENDING.equals(before.string("status"))) {
                throw new StripeError(400, "invalid_request_error", null,
                        "Payouts can only be canceled while they are pending; this payout is " + before.string("status") + ".", null, null);
            }
            StripeObject payout = before.copy();
            StripeObject reversal = Ledger.post(tx, scope, "payout_cancel", "payout_reversal", payout.longValue("amount"),
                    payout.string("currency"), payout.id(), "Payout cancellation");
            payout.put("status", "canceled");
            payout.put("failure_balance_transaction", reversal.id());
            tx.update(payout, "canceled");
            StripeObject previous = StripeObject.of("status", PENDING, "failure_balance_transaction", null);
            events.record(tx, "payout.updated", scope, payout, previous, request.eventRequest(), request.apiVersion());
            events.record(tx, "payout.canceled", scope, payout, null, request.eventRequest(), request.apiVersion());
            return payout;
        });
    }

    /** The run helper: pays out the whole available balance of each currency now, as the schedule would. */
    public List<StripeObject> runNow(String accountId) {
        return store.write(tx -> {
            tx.get(accountId, Scope.PLATFORM, "account");
            return payOutAvailable(tx, new Scope(accountId), true);
        });
    }

    /**
     * What the sandbox clock has due: the daily automatic payouts of accounts on a daily schedule
     * (once per new UTC day), then the pending payouts whose arrival date has come.
     */
    @ActivateRequestContext
    public int runDue() {
        return store.write(tx -> {
            int done = 0;
            for (StripeObject account : tx.list("account", Scope.PLATFORM, Integer.MAX_VALUE, null)) {
                if (PayoutSchedules.isDaily(account) && PayoutSchedules.claimToday(tx, account.id())
                        && account.bool("payouts_enabled") && ExternalAccounts.of(account).isPresent()) {
                    done += payOutAvailable(tx, new Scope(account.id()), true).size();
                }
            }
            long now = SandboxClock.nowSeconds();
            for (SandboxTx.ScopedObject pending : tx.byLookupKey(OBJECT, PENDING)) {
                if (pending.object().longValue("arrival_date") <= now) {
                    arrive(tx, pending.scope(), pending.object());
                    done++;
                }
            }
            return done;
        });
    }

    private List<StripeObject> payOutAvailable(SandboxTx tx, Scope scope, boolean automatic) {
        List<StripeObject> payouts = new ArrayList<>();
        Ledger.available(tx, scope).forEach((currency, amount) -> {
            if (amount > 0) {
                payouts.add(payOut(tx, scope, amount, currency, automatic, null, new StripeObject()));
            }
        });
        return payouts;
    }

    private StripeObject payOut(SandboxTx tx, Scope scope, long amount, String currency, boolean automatic, String description,
                                StripeObject metadata) {
        StripeObject account = tx.get(scope.accountId(), Scope.PLATFORM, "account");
        if (!account.bool("payouts_enabled")) {
            throw new StripeError(400, "invalid_request_error", "payouts_not_allowed",
                    "Payouts have been disabled on this account: check its requirements.", null, null);
        }
        StripeObject bank = ExternalAccounts.of(account).orElseThrow(() -> new StripeError(400, "invalid_request_error",
                "no_external_account", "You don't have any external accounts in that currency (" + currency + ").", "currency", null));
        if (Ledger.available(tx, scope, currency) < amount) {
            throw new StripeError(400, "invalid_request_error", "balance_insufficient",
                    "You have insufficient funds in your Stripe account for this transfer.", "amount", null);
        }
        long now = SandboxClock.nowSeconds();
        StripeObject payout = Templates.of(OBJECT);
        payout.put("id", Ids.next("po"));
        payout.put("amount", amount);
        payout.put("application_fee", null);
        payout.put("application_fee_amount", null);
        payout.put("arrival_date", now + PayoutSchedules.DAY_SECONDS);
        payout.put("automatic", automatic);
        payout.put("created", now);
        payout.put("currency", currency);
        payout.put("description", description == null ? "STRIPE PAYOUT" : description);
        payout.put("destination", bank.id());
        payout.put("livemode", false);
        payout.put("metadata", metadata);
        payout.put("method", "standard");
        payout.put("reconciliation_status", automatic ? "in_progress" : "not_applicable");
        payout.put("status", PENDING);
        payout.put("trace_id", StripeObject.of("status", PENDING, "value", null));
        StripeObject debit = Ledger.post(tx, scope, "payout", "payout", -amount, currency, payout.id(), payout.string("description"));
        payout.put("balance_transaction", debit.id());
        tx.insert(scope, payout, null, PENDING);
        events.record(tx, "payout.created", scope, payout, null, request.eventRequest(), request.apiVersion());
        return payout;
    }

    /** The bank answers: Stripe's failing test numbers fail the payout and return its amount; any other number is paid. */
    private void arrive(SandboxTx tx, Scope scope, StripeObject before) {
        StripeObject payout = before.copy();
        String[] failure = FAILING_NUMBERS.get(ExternalAccounts.number(tx, payout.string("destination")));
        StripeObject previous = StripeObject.of("status", PENDING);
        if (failure == null) {
            payout.put("status", "paid");
            payout.put("reconciliation_status", payout.bool("automatic") ? "completed" : "not_applicable");
            payout.put("trace_id", StripeObject.of("status", "supported", "value", "SANDBOX" + Ids.random(10).toUpperCase(Locale.ROOT)));
            tx.update(payout, "paid");
            events.record(tx, "payout.updated", scope, payout, previous, null, null);
            events.record(tx, "payout.paid", scope, payout, null, null, null);
            return;
        }
        StripeObject returned = Ledger.post(tx, scope, "payout_failure", "payout_reversal", payout.longValue("amount"),
                payout.string("currency"), payout.id(), "Payout failure");
        payout.put("status", "failed");
        payout.put("failure_code", failure[0]);
        payout.put("failure_message", failure[1]);
        payout.put("failure_balance_transaction", returned.id());
        previous.put("failure_code", null);
        previous.put("failure_message", null);
        previous.put("failure_balance_transaction", null);
        tx.update(payout, "failed");
        events.record(tx, "payout.updated", scope, payout, previous, null, null);
        events.record(tx, "payout.failed", scope, payout, null, null, null);
    }
}
