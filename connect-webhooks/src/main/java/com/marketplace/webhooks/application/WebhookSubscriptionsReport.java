package com.marketplace.webhooks.application;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.kernel.config.Secret;
import com.marketplace.platform.kernel.config.StripeSettings;
import com.marketplace.platform.kernel.lifecycle.MarketplaceStarted;
import com.marketplace.platform.stripe.events.WebhookEndpoint;
import com.marketplace.webhooks.domain.EventRouting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Says at start-up which events each endpoint must be subscribed to in Stripe's Dashboard (from
 * the handlers this deployment has), and, in test mode, which of them will not arrive because the
 * endpoint has no signing secret: its deliveries cannot be verified and are refused (401). Live
 * mode never gets here without both secrets; the sandbox has its own.
 */
@ApplicationScoped
public class WebhookSubscriptionsReport {

    private static final Logger LOG = Logger.getLogger(WebhookSubscriptionsReport.class.getName());

    @Inject
    HandledEventTypes handled;

    @Inject
    MarketplaceConfig config;

    void report(@Observes MarketplaceStarted marketplaceStarted) {
        StripeSettings stripe = config.stripe();
        LOG.info("Stripe webhook endpoints this marketplace needs: " + subscription(WebhookEndpoint.PLATFORM)
                + "; " + subscription(WebhookEndpoint.CONNECT) + " (connect=true, events on connected accounts)");
        warnIfUnverifiable(WebhookEndpoint.PLATFORM, "STRIPE_WEBHOOK_SECRET", stripe.webhookSecret());
        warnIfUnverifiable(WebhookEndpoint.CONNECT, "STRIPE_CONNECT_WEBHOOK_SECRET", stripe.connectWebhookSecret());
    }

    private void warnIfUnverifiable(WebhookEndpoint endpoint, String key, Optional<Secret> secret) {
        if (secret.isEmpty()) {
            LOG.warning(config.stripe().mode().configValue() + " mode without " + key + ": Stripe's deliveries to "
                    + EventRouting.path(endpoint) + " cannot be verified and are refused (401), so these events will not arrive there: "
                    + String.join(", ", handled.arrivingAt(endpoint)) + ". Set " + key + " to the endpoint's signing secret"
                    + " (stripe listen prints one).");
        }
    }

    private String subscription(WebhookEndpoint endpoint) {
        return EventRouting.path(endpoint) + " [" + String.join(", ", handled.arrivingAt(endpoint)) + "]";
    }
}
