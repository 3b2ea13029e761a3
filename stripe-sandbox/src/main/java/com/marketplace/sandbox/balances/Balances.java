package com.marketplace.sandbox.balances;

import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.Templates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An account's balance computed from its balance transactions: the sum of their {@code net} per
 * currency. Every transaction is available at once (the sandbox has no payout schedule), so the
 * pending balance is always 0.
 */
public final class Balances {

    private Balances() {
    }

    /** Available amount per currency, currencies in alphabetical order. */
    public static Map<String, Long> available(List<StripeObject> transactions) {
        Map<String, Long> byCurrency = new TreeMap<>();
        for (StripeObject transaction : transactions) {
            byCurrency.merge(transaction.string("currency"), transaction.longValue("net"), Math::addExact);
        }
        return byCurrency;
    }

    /** Stripe's balance object; an account that never moved money shows 0 in its default currency. */
    public static StripeObject balance(Map<String, Long> available, String defaultCurrency, boolean platform) {
        Map<String, Long> amounts = available.isEmpty() ? Map.of(defaultCurrency, 0L) : available;
        List<StripeObject> availableFunds = new ArrayList<>();
        List<StripeObject> pendingFunds = new ArrayList<>();
        List<StripeObject> reserved = new ArrayList<>();
        new TreeMap<>(amounts).forEach((currency, amount) -> {
            availableFunds.add(StripeObject.of("amount", amount, "currency", currency, "source_types", StripeObject.of("card", amount)));
            pendingFunds.add(StripeObject.of("amount", 0L, "currency", currency, "source_types", StripeObject.of("card", 0L)));
            reserved.add(StripeObject.of("amount", 0L, "currency", currency));
        });
        StripeObject balance = Templates.of("balance");
        balance.put("available", availableFunds);
        // Only a platform holds funds reserved for its connected accounts' negative balances.
        balance.put("connect_reserved", platform ? reserved : null);
        balance.put("livemode", false);
        balance.put("pending", pendingFunds);
        return balance;
    }
}
