package com.marketplace.benchmarks.faults;

import com.marketplace.benchmarks.support.BenchDatabase;
import com.marketplace.benchmarks.support.BenchMarketplace;
import com.marketplace.benchmarks.support.BenchShop;
import com.marketplace.benchmarks.support.EventStream;
import com.marketplace.benchmarks.support.StreamAudit;
import com.marketplace.benchmarks.support.StripeSandboxProcess;
import com.marketplace.benchmarks.support.WebhookSecrets;
import com.marketplace.benchmarks.support.WebhookSenders;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.Registered;
import com.marketplace.testsupport.TcpProxy;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fault scenarios share: one database reached through a {@link TcpProxy} (so it can be
 * taken away), one Stripe sandbox in its own process (it outlives the marketplaces it serves), the
 * run's secrets, the marketplace configuration, and real sellers and Checkout Sessions for the
 * handlers to re-read.
 */
final class FaultRig {

    /** Claims of a killed worker are due again after this (production default 300 s), so the crash scenario takes seconds. */
    static final String CLAIM_LEASE_SECONDS = "10";

    final BenchDatabase database;
    final TcpProxy proxy;
    final WebhookSecrets secrets;
    final String adminPassword;
    final String databaseUser;
    final String databasePassword;
    final int primaryPort;
    final MarketplaceProcess stripe;
    final List<String> accounts = new ArrayList<>();
    final List<String> sessions = new ArrayList<>();
    final List<String> sellerPasswords = new ArrayList<>();

    FaultRig(BenchDatabase database, TcpProxy proxy, WebhookSecrets secrets, String adminPassword, String databaseUser,
             String databasePassword, int primaryPort, MarketplaceProcess stripe) {
        this.database = database;
        this.proxy = proxy;
        this.secrets = secrets;
        this.adminPassword = adminPassword;
        this.databaseUser = databaseUser;
        this.databasePassword = databasePassword;
        this.primaryPort = primaryPort;
        this.stripe = stripe;
    }

    /** The configuration of a marketplace instance on {@code port}; the primary port is where the sandbox delivers. */
    Map<String, String> configuration(int port) {
        Map<String, String> configuration = new HashMap<>(BenchMarketplace.configuration(
                "jdbc:mysql://127.0.0.1:" + proxy.port() + "/" + database.name(), databaseUser, databasePassword, adminPassword));
        configuration.put("PORT", String.valueOf(port));
        configuration.put("WEBHOOK_CLAIM_LEASE_SECONDS", CLAIM_LEASE_SECONDS);
        configuration.put("WEBHOOK_RETRY_BASE_MS", "2000");
        StripeSandboxProcess.pointAt(configuration, stripe, secrets);
        return configuration;
    }

    BenchMarketplace startPrimary(String name) throws Exception {
        return BenchMarketplace.start(name, configuration(primaryPort));
    }

    void createShop(URI marketplace, int sellers, int sessionCount) throws Exception {
        BenchShop shop = new BenchShop(marketplace, stripe.baseUri());
        Registered seller = null;
        for (int i = 0; i < sellers; i++) {
            seller = shop.activeSeller("DESTINATION");
            accounts.add(seller.stripeAccountId());
            sellerPasswords.add(seller.password());
        }
        long product = shop.product(seller, 2500, 1_000_000);
        for (int i = 0; i < sessionCount; i++) {
            sessions.add(shop.checkoutSession(product));
        }
    }

    EventStream stream(String idPrefix, int deliveries, long seed) {
        return EventStream.generate(idPrefix, deliveries, 0.10, 0.05, accounts, sessions, secrets, seed);
    }

    WebhookSenders senders(int count, List<URI> targets) {
        return new WebhookSenders(count, targets, Duration.ofMinutes(3));
    }

    StreamAudit.Result settle(String idPrefix, EventStream stream, WebhookSenders.Outcome sent) throws Exception {
        StreamAudit audit = new StreamAudit(database, idPrefix);
        audit.awaitSettled(stream.eventIds().size(), Duration.ofMinutes(5));
        return audit.result(sent.acknowledgedEventIds());
    }
}
