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
 * balance it changes. Balances are their sums. Funds are available at once ({@code available_on}
 * = {@code created}, {@code status=available}), and Stripe's own processing fees are not modelled:
 * the only fees are application fees (on a Direct charge's transaction) and the dispute fee.
 */
public final class Ledger {

    public static final String OBJECT = "balance_transaction";
    /** Stripe's dispute fee, withdrawn with the disputed amount (15.00 in the charge's currency). */
    public static final long DISPUTE_FEE = 1500L;

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
        transaction.put("id", Ids.next("txn"));
        transaction.put("amount", amount);
        transaction.put("available_on", now);
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
        transaction.put("status", "available");
        transaction.put("type", type);
        tx.insert(account, transaction, source, type);
        return transaction;
    }

    /** Every balance transaction of an account, newest first. */
    public static List<StripeObject> transactions(SandboxTx tx, Scope account) {
        return tx.list(OBJECT, account, Integer.MAX_VALUE, null);
    }

    public static long available(SandboxTx tx, Scope account, String currency) {
        return Balances.available(transactions(tx, account)).getOrDefault(currency, 0L);
    }

    public static Map<String, Long> available(SandboxTx tx, Scope account) {
        return Balances.available(transactions(tx, account));
    }
}
