package com.marketplace.sandbox;

import com.marketplace.migrations.DataSources;
import com.marketplace.migrations.DatabaseMigrator;
import com.marketplace.migrations.DatabaseSettings;
import com.marketplace.sandbox.checkout.CheckoutSessionService;
import com.marketplace.sandbox.events.WebhookDeliveryWorker;
import com.marketplace.sandbox.events.WebhookEndpoints;
import com.marketplace.sandbox.store.SandboxClockSetting;
import com.marketplace.sandbox.store.SandboxStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to run in any mode but sandbox ({@link SandboxModeGuard}); then creates the sandbox's tables, restores its clock, registers the configured webhook endpoints,
 * and starts the background loop that delivers webhooks and expires sessions.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SandboxStartup {

    private static final Logger LOG = Logger.getLogger(SandboxStartup.class.getName());

    @Inject
    Config config;

    @Inject
    SandboxStore store;

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    WebhookDeliveryWorker deliveries;

    @Inject
    CheckoutSessionService checkout;

    @Inject
    com.marketplace.sandbox.billing.BillingClock billing;

    @Inject
    com.marketplace.sandbox.payouts.PayoutService payouts;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> deliveryLoop;
    private ScheduledFuture<?> expiryLoop;

    @PostConstruct
    void start() {
        SandboxModeGuard.requireSandboxMode(key -> config.getOptionalValue(key, String.class));
        DatabaseSettings settings = DatabaseSettings.resolveFor(SandboxStore.COMPONENT, key -> config.getOptionalValue(key, String.class));
        DatabaseMigrator.migrate(DataSources.unpooled(settings), SandboxStartup.class.getClassLoader(),
                "classpath:sandbox/migration", "sandbox_schema_history");
        store.write(tx -> {
            SandboxClockSetting.restore(tx);
            endpoints.registerConfigured(tx);
            return null;
        });
        deliveryLoop = scheduler.scheduleWithFixedDelay(() -> guarded("webhook delivery", deliveries::deliverDue),
                500, 100, TimeUnit.MILLISECONDS);
        expiryLoop = scheduler.scheduleWithFixedDelay(() -> {
            guarded("session expiry", checkout::expireDue);
            // Subscriptions of customers without a test clock renew on the sandbox clock.
            guarded("subscription billing", billing::runRealtime);
            // Daily automatic payouts and payouts reaching their arrival date, on the sandbox clock.
            guarded("payouts", payouts::runDue);
        }, 1, 1, TimeUnit.SECONDS);
        LOG.info("Stripe sandbox ready on " + settings.describe());
    }

    @PreDestroy
    void stop() {
        if (deliveryLoop != null) {
            deliveryLoop.cancel(false);
        }
        if (expiryLoop != null) {
            expiryLoop.cancel(false);
        }
    }

    private static void guarded(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // A failed pass is retried by the next one; the loop itself must never die.
            LOG.log(Level.WARNING, "sandbox " + what + " pass failed: " + e.getMessage(), e);
        }
    }
}
