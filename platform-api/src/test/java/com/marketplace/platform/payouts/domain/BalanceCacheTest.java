package com.marketplace.platform.payouts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.platform.kernel.ids.SellerId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class BalanceCacheTest {

    private static final SellerId SELLER = new SellerId(3);

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final AtomicInteger asked = new AtomicInteger();
    private final Supplier<Balance> stripe = () -> new Balance(List.of(new Balance.Amount(100L * asked.incrementAndGet(), "eur")), List.of());

    @Test
    void a_balance_asked_again_within_its_time_is_not_asked_of_stripe_again() {
        BalanceCache cache = new BalanceCache(Duration.ofSeconds(30), clock);
        cache.get(SELLER, stripe);
        now.set(now.get().plusSeconds(29));
        assertEquals(100L, cache.get(SELLER, stripe).available().get(0).amount());
        assertEquals(1, asked.get());
    }

    @Test
    void a_balance_older_than_its_time_is_asked_of_stripe_again() {
        BalanceCache cache = new BalanceCache(Duration.ofSeconds(30), clock);
        cache.get(SELLER, stripe);
        now.set(now.get().plusSeconds(30));
        assertEquals(200L, cache.get(SELLER, stripe).available().get(0).amount());
    }

    @Test
    void a_forgotten_balance_is_asked_of_stripe_again() {
        BalanceCache cache = new BalanceCache(Duration.ofSeconds(30), clock);
        cache.get(SELLER, stripe);
        cache.forget(SELLER);
        cache.get(SELLER, stripe);
        assertEquals(2, asked.get());
    }

    @Test
    void a_zero_time_asks_stripe_every_time() {
        BalanceCache cache = new BalanceCache(Duration.ZERO, clock);
        cache.get(SELLER, stripe);
        cache.get(SELLER, stripe);
        assertEquals(2, asked.get());
    }

    @Test
    void each_seller_has_their_own_balance() {
        BalanceCache cache = new BalanceCache(Duration.ofSeconds(30), clock);
        cache.get(SELLER, stripe);
        assertEquals(200L, cache.get(new SellerId(4), stripe).available().get(0).amount());
    }
}
