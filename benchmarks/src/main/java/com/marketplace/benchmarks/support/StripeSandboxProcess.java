package com.marketplace.benchmarks.support;

import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.SandboxStripe;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The Stripe sandbox in a process of its own, for runs that load or kill the marketplace. With
 * the sandbox inside the marketplace's Payara, a flash sale of 1,000 buyers stalled (360 orders in
 * 10 minutes, checkouts failing with "Stripe could not be reached"): the buyers' requests and the
 * marketplace's calls to the sandbox wait for the same HTTP worker threads. Real Stripe is never
 * in the platform's process either. It delivers events to one marketplace port, signed with the
 * run's secrets.
 */
public final class StripeSandboxProcess {

    private StripeSandboxProcess() {
    }

    public static MarketplaceProcess start(String name, int marketplacePort, WebhookSecrets secrets) throws IOException, InterruptedException {
        Map<String, String> configuration = new HashMap<>();
        configuration.put("SANDBOX_WEBHOOK_URL", "http://127.0.0.1:" + marketplacePort + Delivery.PLATFORM_PATH);
        configuration.put("SANDBOX_CONNECT_WEBHOOK_URL", "http://127.0.0.1:" + marketplacePort + Delivery.CONNECT_PATH);
        configuration.put("STRIPE_WEBHOOK_SECRET", secrets.platform());
        configuration.put("STRIPE_CONNECT_WEBHOOK_SECRET", secrets.connect());
        MarketplaceProcess sandbox = MarketplaceProcess.startStripeSandbox(name, configuration);
        try {
            return sandbox.awaitAnswer("/stripe-sandbox/v1/events", "Bearer " + SandboxStripe.API_KEY);
        } catch (RuntimeException | InterruptedException e) {
            sandbox.close(); // never answered: it must not outlive the run
            throw e;
        }
    }

    /** What a marketplace needs to use this sandbox as its Stripe (sandbox mode: no key). */
    public static void pointAt(Map<String, String> marketplaceConfiguration, MarketplaceProcess sandbox, WebhookSecrets secrets) {
        marketplaceConfiguration.put("STRIPE_API_BASE", sandbox.stripeApiBase());
        marketplaceConfiguration.put("STRIPE_WEBHOOK_SECRET", secrets.platform());
        marketplaceConfiguration.put("STRIPE_CONNECT_WEBHOOK_SECRET", secrets.connect());
    }
}
