package com.marketplace.sandbox.store;

/** Persists the sandbox clock's offset, so advancing it survives a restart like the rest of the state. */
public final class SandboxClockSetting {

    private static final String NAME = "clock_offset_seconds";

    private SandboxClockSetting() {
    }

    public static void restore(SandboxTx tx) {
        SandboxClock.setOffset(tx.setting(NAME).map(Long::parseLong).orElse(0L));
    }

    public static long advance(SandboxTx tx, long seconds) {
        long offset = SandboxClock.offsetSeconds() + seconds;
        tx.putSetting(NAME, Long.toString(offset));
        SandboxClock.setOffset(offset);
        return offset;
    }
}
