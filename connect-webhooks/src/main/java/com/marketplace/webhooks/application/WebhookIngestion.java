package com.marketplace.webhooks.application;

import com.marketplace.platform.shared.config.MarketplaceConfig;
import com.marketplace.platform.shared.config.Secret;
import com.marketplace.platform.stripe.events.WebhookEndpoint;
import com.marketplace.platform.stripe.infrastructure.StripeWebhookVerifier;
import com.marketplace.platform.stripe.infrastructure.WebhookRejected;
import com.marketplace.webhooks.infrastructure.JdbcEventInbox;
import com.marketplace.webhooks.infrastructure.JdbcEventInbox.StoreOutcome;
import com.stripe.model.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * What happens inside the webhook request, and nothing more: verify the signature with the
 * endpoint's own secret, store the event by id, acknowledge. Handlers never run here, so a burst
 * of deliveries costs one INSERT each.
 */
@ApplicationScoped
public class WebhookIngestion {

    private final StripeWebhookVerifier verifier = new StripeWebhookVerifier(Clock.systemUTC());

    @Inject
    MarketplaceConfig config;

    @Inject
    JdbcEventInbox inbox;

    @Inject
    WebhookMetrics metrics;

    /** Stores a delivery; throws {@link WebhookRejected} for what must not be stored. */
    public StoreOutcome accept(WebhookEndpoint endpoint, String payload, String signatureHeader) throws WebhookRejected {
        Optional<Secret> secret = endpoint == WebhookEndpoint.CONNECT
                ? config.stripe().connectWebhookSecret() : config.stripe().webhookSecret();
        if (secret.isEmpty()) {
            metrics.rejected(endpoint);
            throw new WebhookRejected(WebhookRejected.Reason.SIGNATURE, "No signing secret is configured for the "
                    + endpoint.code() + " endpoint, so no delivery can be verified");
        }
        Event event;
        try {
            event = verifier.verify(payload, signatureHeader, secret.get());
        } catch (WebhookRejected rejected) {
            metrics.rejected(endpoint);
            throw rejected;
        }
        StoreOutcome outcome = inbox.store(event.getId(), endpoint, event.getAccount(), event.getType(), event.getCreated(),
                event.getApiVersion(), Boolean.TRUE.equals(event.getLivemode()), payload, Clock.systemUTC().instant());
        metrics.received(endpoint, outcome);
        return outcome;
    }
}
