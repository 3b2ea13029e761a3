package com.marketplace.platform.orders.money;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;

/** The knobs of the movements after a payment (docs/orders-and-payments.md, "Settings"). */
@ApplicationScoped
public class MoneySettings {

    /** What the platform does when a dispute takes money it had passed on to a seller. */
    public enum DisputeRecovery { REVERSE_TRANSFER, ABSORB }

    private MarketplaceConfig config;

    protected MoneySettings() {
        // for CDI proxies
    }

    @Inject
    public MoneySettings(MarketplaceConfig config) {
        this.config = config;
    }

    /** {@code DISPUTE_RECOVERY}: {@code reverse_transfer} (default) or {@code absorb}; anything else is the default. */
    public DisputeRecovery disputeRecovery() {
        String value = config.stringValue("DISPUTE_RECOVERY", "reverse_transfer").trim().toLowerCase(Locale.ROOT);
        return "absorb".equals(value) ? DisputeRecovery.ABSORB : DisputeRecovery.REVERSE_TRANSFER;
    }

    /** How often the outbox of movements is drained. */
    public Duration pollInterval() {
        return Duration.ofMillis(config.longValue("MOVEMENT_WORKER_POLL_MS", 1_000));
    }

    /** The wait before a refused reversal (the seller's balance too low) is tried again; doubled each time. */
    public Duration unrecoveredRetryBase() {
        return Duration.ofMillis(config.longValue("REVERSAL_RETRY_BASE_MS", 3_600_000));
    }

    /** How many attempts a refused reversal gets before it is left for the admin. */
    public int maxAttempts() {
        return (int) Math.max(1, config.longValue("REVERSAL_MAX_ATTEMPTS", 5));
    }
}
