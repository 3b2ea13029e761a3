package com.marketplace.sandbox.balances;

import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.Templates;
import com.marketplace.sandbox.store.Ids;
import com.marketplace.sandbox.store.SandboxClock;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The balance transactions of the platform and of each connected account: every move of money
 * the sandbox makes writes one, in the same transaction as the move, on the account whose
 * balance it changes. Balances are their sums. Money reaching a connected account (a charge, a
 * transfer's payment) is pending until {@code available_on} = created + the account's
 * {@code settings.payouts.schedule.delay_days} (0 by default in the sandbox: available at once);
 * everything else is available at once. Stripe's own processing fees are not modelled: the only
 * fees are application fees (on a Direct charge's transaction) and the dispute fee.
 */
public final class Ledger {

    public static final String OBJECT = "balance_transaction";
    /** Stripe's dispute fee, withdrawn with the disputed amount (15.00 in the charge's currency). */
    public static final long DISPUTE_FEE = 1500L;
    private static final long DAY_SECONDS = 86_400L;
    /** The types that bring a connected account money it must wait for (Stripe's rolling reserve of new funds). */
    private static final List<String> SETTLING_TYPES = List.of("charge", "payment");

    private Ledger() {
    }

    /** What a fee line says it is, Stripe's {@code fee_details[].type}. */
    public enum FeeType {
        APPLICATION_FEE("application_fee", null),
        DISPUTE_FEE("stripe_fee", "Dispute fee");

        final String type;
        final String description;

        FeeType(String type, String description) {
            this.type = type;
            this.description = description;
        }
    }

    /** A balance transaction with no fee. */
    public static StripeObject post(SandboxTx tx, Scope account, String type, String reportingCategory, long amount, String currency,
                                    String source, String description) {
        return post(tx, account, type, reportingCategory, amount, 0L, null, currency, source, description);
    }

    /** A balance transaction: {@code net = amount - fee}; the fee, when there is one, is itemized. */
    public static StripeObject post(SandboxTx tx, Scope account, String type, String reportingCategory, long amount, long fee,
                                    FeeType feeType, String currency, String source, String description) {
        StripeObject transaction = Templates.of(OBJECT);
        long now = SandboxClock.nowSeconds();
        long availableOn = now;
        if (!account.isPlatform() && amount > 0 && SETTLING_TYPES.contains(type)) {
            availableOn = now + delayDays(tx, account) * DAY_SECONDS;
        }
        transaction.put("id", Ids.next("txn"));
        transaction.put("amount", amount);
        transaction.put("available_on", availableOn);
        transaction.put("balance_type", "payments");
        transaction.put("created", now);
        transaction.put("currency", currency);
        transaction.put("description", description);
        transaction.put("exchange_rate", null);
        transaction.put("fee", fee);
        List<StripeObject> feeDetails = new ArrayList<>();
        if (fee != 0 && feeType != null) {
            feeDetails.add(StripeObject.of("amount", fee, "application", feeType == FeeType.APPLICATION_FEE ? "ca_sandbox_platform" : null,
                    "currency", currency, "description", feeType.description, "type", feeType.type));
        }
        transaction.put("fee_details", feeDetails);
        transaction.put("net", Math.subtractExact(amount, fee));
        transaction.put("reporting_category", reportingCategory);
        transaction.put("source", source);
        transaction.put("status", availableOn > now ? "pending" : "available");
        transaction.put("type", type);
        tx.insert(account, transaction, source, type);
        return transaction;
    }

    /** The transaction with its {@code status} as of now: pending funds become available when the clock passes {@code available_on}. */
    public static StripeObject asOfNow(StripeObject transaction) {
        Long availableOn = transaction.optionalLong("available_on");
        transaction.put("status", availableOn != null && availableOn > SandboxClock.nowSeconds() ? "pending" : "available");
        return transaction;
    }

    /** The account's {@code settings.payouts.schedule.delay_days}, 0 when it has none. */
    static long delayDays(SandboxTx tx, Scope account) {
        return tx.find(account.accountId()).map(SandboxTx.ScopedObject::object)
                .map(found -> found.get("settings") instanceof Map<?, ?> settings ? settings.get("payouts") : null)
                .map(payouts -> payouts instanceof Map<?, ?> map ? map.get("schedule") : null)
                .map(schedule -> schedule instanceof Map<?, ?> map ? map.get("delay_days") : null)
                .map(days -> days instanceof Number number ? number.longValue() : 0L)
                .orElse(0L);
    }

    /** Every balance transaction of an account, newest first. */
    public static List<StripeObject> transactions(SandboxTx tx, Scope account) {
        return tx.list(OBJECT, account, Integer.MAX_VALUE, null);
    }

    public static long available(SandboxTx tx, Scope account, String currency) {
        return available(tx, account).getOrDefault(currency, 0L);
    }

    public static Map<String, Long> available(SandboxTx tx, Scope account) {
        return Balances.available(transactions(tx, account), SandboxClock.nowSeconds());
    }

    public static Map<String, Long> pending(SandboxTx tx, Scope account) {
        return Balances.pending(transactions(tx, account), SandboxClock.nowSeconds());
    }
}
