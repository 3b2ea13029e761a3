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
