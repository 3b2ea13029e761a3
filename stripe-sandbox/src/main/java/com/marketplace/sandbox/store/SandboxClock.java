package com.marketplace.sandbox.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's idea of now: real time plus an offset that tests advance to expire sessions and
 * account links without waiting. The offset is persisted by {@link SandboxStore}.
 */
public final class SandboxClock {

    private static final AtomicLong OFFSET_SECONDS = new AtomicLong();

    private SandboxClock() {
    }

    public static long nowSeconds() {
        return System.currentTimeMillis() / 1000 + OFFSET_SECONDS.get();
    }

    public static long nowMillis() {
        return System.currentTimeMillis() + OFFSET_SECONDS.get() * 1000;
    }

    public static long offsetSeconds() {
        return OFFSET_SECONDS.get();
    }

    static void setOffset(long seconds) {
        OFFSET_SECONDS.set(seconds);
    }
}
