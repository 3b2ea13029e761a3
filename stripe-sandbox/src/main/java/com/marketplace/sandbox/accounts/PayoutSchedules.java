package com.marketplace.sandbox.accounts;

import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.store.SandboxClock;
import com.marketplace.sandbox.store.SandboxTx;

/**
 * An account's payout schedule ({@code settings.payouts.schedule}) and the sandbox day of its last
 * automatic payout run: a {@code daily} account is paid out once each time the sandbox clock
 * enters a new UTC day, counting from the day its schedule was set.
 */
public final class PayoutSchedules {

    public static final long DAY_SECONDS = 86_400L;
    private static final String LAST_RUN = "payouts.last_run_day.";

    private PayoutSchedules() {
    }

    /** The schedule object of an account, created with the sandbox's defaults when the account predates it. */
    static StripeObject schedule(StripeObject account) {
        StripeObject settings = account.map("settings");
        if (settings.map("payouts") == null) {
            settings.put("payouts", StripeObject.of("debit_negative_balances", true, "schedule", null, "statement_descriptor", null));
        }
        StripeObject payouts = settings.map("payouts");
        if (payouts.map("schedule") == null) {
            payouts.put("schedule", StripeObject.of("delay_days", 0L, "interval", "manual"));
        }
        return payouts.map("schedule");
    }

    public static boolean isDaily(StripeObject account) {
        StripeObject settings = account.map("settings");
        StripeObject payouts = settings == null ? null : settings.map("payouts");
        StripeObject schedule = payouts == null ? null : payouts.map("schedule");
        return schedule != null && "daily".equals(schedule.string("interval"));
    }

    static void startCounting(SandboxTx tx, String accountId) {
        tx.putSetting(LAST_RUN + accountId, Long.toString(today()));
    }

    /** True once per new sandbox day for a daily account, and marks the day as run. */
    public static boolean claimToday(SandboxTx tx, String accountId) {
        long today = today();
        long last = tx.setting(LAST_RUN + accountId).map(Long::parseLong).orElse(today);
        tx.putSetting(LAST_RUN + accountId, Long.toString(today));
        return last < today;
    }

    private static long today() {
        return Math.floorDiv(SandboxClock.nowSeconds(), DAY_SECONDS);
    }
}
