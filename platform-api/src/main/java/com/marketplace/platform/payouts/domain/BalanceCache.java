package com.marketplace.platform.payouts.domain;

import com.marketplace.platform.kernel.ids.SellerId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Balances kept a few seconds per seller, in this instance's memory: a dashboard reloaded, or an
 * API client polling, asks Stripe once per period instead of each time (Stripe's rate limit is
 * shared by every seller). Per instance on purpose: a balance a few seconds old is what the seller
 * would see anyway, and nothing is decided on it. A zero time to live asks Stripe every time.
 */
public class BalanceCache {

    private final Duration timeToLive;
    private final Clock clock;
    private final Map<SellerId, Entry> entries = new ConcurrentHashMap<>();

    public BalanceCache(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    public Balance get(SellerId seller, Supplier<Balance> fromStripe) {
        Instant now = clock.instant();
        Entry entry = entries.get(seller);
        if (entry != null && now.isBefore(entry.expiresAt())) {
            return entry.balance();
        }
        Balance fresh = fromStripe.get();
        if (!timeToLive.isZero()) {
            entries.put(seller, new Entry(fresh, now.plus(timeToLive)));
        }
        return fresh;
    }

    /** Forgets the seller's balance: a payout moved it. */
    public void forget(SellerId seller) {
        entries.remove(seller);
    }

    private record Entry(Balance balance, Instant expiresAt) {
    }
}
