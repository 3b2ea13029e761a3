package com.marketplace.sandbox.balances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.marketplace.sandbox.protocol.StripeObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BalancesTest {

    @Test
    void theAvailableBalanceIsTheSumOfTheNetOfEveryTransactionPerCurrency() {
        List<StripeObject> transactions = List.of(
                StripeObject.of("currency", "eur", "net", 2200L),
                StripeObject.of("currency", "eur", "net", -6500L),
                StripeObject.of("currency", "usd", "net", 100L),
                StripeObject.of("currency", "eur", "net", 5000L));

        assertEquals(Map.of("eur", 700L, "usd", 100L), Balances.available(transactions));
    }

    @Test
    void fundsArePendingUntilTheirAvailableOnDateThenAvailable() {
        List<StripeObject> transactions = List.of(
                StripeObject.of("currency", "eur", "net", 5300L, "available_on", 2_000L),
                StripeObject.of("currency", "eur", "net", 1000L, "available_on", 1_000L));

        assertEquals(Map.of("eur", 1000L), Balances.available(transactions, 1_999L));
        assertEquals(Map.of("eur", 5300L), Balances.pending(transactions, 1_999L));
        assertEquals(Map.of("eur", 6300L), Balances.available(transactions, 2_000L));
        assertEquals(Map.of(), Balances.pending(transactions, 2_000L));
    }

    @Test
    void aCurrencyWithOnlyPendingFundsShowsZeroAvailable() {
        StripeObject balance = Balances.balance(Map.of(), Map.of("eur", 5300L), "usd", false);

        assertEquals(0L, ((StripeObject) balance.list("available").get(0)).longValue("amount"));
        assertEquals(5300L, ((StripeObject) balance.list("pending").get(0)).longValue("amount"));
        assertEquals("eur", ((StripeObject) balance.list("pending").get(0)).string("currency"));
    }

    @Test
    void anAccountThatNeverMovedMoneyShowsZeroInItsDefaultCurrency() {
        StripeObject balance = Balances.balance(Map.of(), "chf", false);

        StripeObject available = (StripeObject) balance.list("available").get(0);
        assertEquals("chf", available.string("currency"));
        assertEquals(0L, available.longValue("amount"));
        assertNull(balance.get("connect_reserved"), "only a platform has funds reserved for its accounts");
    }

    @Test
    void everyCurrencyIsAvailableAtOnceAndNothingIsPending() {
        StripeObject balance = Balances.balance(Map.of("eur", 700L, "usd", 100L), "eur", true);

        assertEquals(List.of(700L, 100L), balance.list("available").stream().map(funds -> ((StripeObject) funds).longValue("amount")).toList());
        assertEquals(List.of(0L, 0L), balance.list("pending").stream().map(funds -> ((StripeObject) funds).longValue("amount")).toList());
        assertEquals("balance", balance.objectType());
    }
}
