package com.marketplace.sandbox.balances;

import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.Templates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An account's balance computed from its balance transactions: the sum of their {@code net} per
 * currency, available once the clock has passed their {@code available_on}, pending before.
 */
public final class Balances {

    private Balances() {
    }

    /** Amount per currency of every transaction, whenever it becomes available; currencies in alphabetical order. */
    public static Map<String, Long> available(List<StripeObject> transactions) {
        return sum(transactions, transaction -> true);
    }

    /** Amount per currency of the transactions available at {@code now}. */
    public static Map<String, Long> available(List<StripeObject> transactions, long now) {
        return sum(transactions, transaction -> !isPendingAt(transaction, now));
    }

    /** Amount per currency of the transactions still pending at {@code now}. */
    public static Map<String, Long> pending(List<StripeObject> transactions, long now) {
        return sum(transactions, transaction -> isPendingAt(transaction, now));
    }

    private static boolean isPendingAt(StripeObject transaction, long now) {
        Long availableOn = transaction.optionalLong("available_on");
        return availableOn != null && availableOn > now;
    }

    private static Map<String, Long> sum(List<StripeObject> transactions, java.util.function.Predicate<StripeObject> counted) {
        Map<String, Long> byCurrency = new TreeMap<>();
        for (StripeObject transaction : transactions) {
            if (counted.test(transaction)) {
                byCurrency.merge(transaction.string("currency"), transaction.longValue("net"), Math::addExact);
            }
        }
        return byCurrency;
    }

    /** Stripe's balance object with nothing pending; an account that never moved money shows 0 in its default currency. */
    public static StripeObject balance(Map<String, Long> available, String defaultCurrency, boolean platform) {
        return balance(available, Map.of(), defaultCurrency, platform);
    }

    /** Stripe's balance object: every currency that has funds available or pending appears in both lists. */
    public static StripeObject balance(Map<String, Long> available, Map<String, Long> pending, String defaultCurrency, boolean platform) {
        java.util.Set<String> currencies = new java.util.TreeSet<>(available.keySet());
        currencies.addAll(pending.keySet());
        if (currencies.isEmpty()) {
            currencies.add(defaultCurrency);
        }
        List<StripeObject> availableFunds = new ArrayList<>();
        List<StripeObject> pendingFunds = new ArrayList<>();
        List<StripeObject> reserved = new ArrayList<>();
        currencies.forEach(currency -> {
            long amount = available.getOrDefault(currency, 0L);
            long waiting = pending.getOrDefault(currency, 0L);
            availableFunds.add(StripeObject.of("amount", amount, "currency", currency, "source_types", StripeObject.of("card", amount)));
            pendingFunds.add(StripeObject.of("amount", waiting, "currency", currency, "source_types", StripeObject.of("card", waiting)));
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
