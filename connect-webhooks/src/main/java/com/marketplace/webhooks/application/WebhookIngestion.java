package com.marketplace.webhooks.application;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.kernel.config.MarketplaceMode;
import com.marketplace.platform.kernel.config.Secret;
import com.marketplace.platform.stripe.events.WebhookEndpoint;
import com.marketplace.webhooks.domain.EventEnvelope;
import com.marketplace.webhooks.domain.EventInbox;
import com.marketplace.webhooks.domain.InboxStatus;
import com.marketplace.webhooks.domain.StoreOutcome;
import com.marketplace.webhooks.domain.WebhookRejected;
import com.marketplace.webhooks.infrastructure.StripeWebhookVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What happens inside the webhook request, and nothing more: verify the signature with the
 * endpoint's own secret, check that the event's {@code livemode} is this marketplace's, store the
 * event by id, acknowledge. Handlers never run here, so a burst of deliveries costs one INSERT each.
 */
@ApplicationScoped
public class WebhookIngestion {

    private static final Logger LOG = Logger.getLogger(WebhookIngestion.class.getName());

    private final StripeWebhookVerifier verifier = new StripeWebhookVerifier(Clock.systemUTC());

    @Inject
    MarketplaceConfig config;

    @Inject
    EventInbox inbox;

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
        EventEnvelope event;
        try {
            event = verifier.verify(payload, signatureHeader, secret.get());
        } catch (WebhookRejected rejected) {
            metrics.rejected(endpoint);
            throw rejected;
        }
        boolean livemode = event.livemode();
        MarketplaceMode mode = config.stripe().mode();
        if (livemode != (mode == MarketplaceMode.LIVE)) {
            return ignoreOtherMode(endpoint, event, payload, livemode, mode);
        }
        StoreOutcome outcome = inbox.store(event.id(), endpoint, event.account().orElse(null), event.type(), event.created(),
                event.apiVersion().orElse(null), livemode, payload, Clock.systemUTC().instant());
        metrics.received(endpoint, outcome);
        return outcome;
    }

    /**
     * A live event at a test marketplace, or a test event at a live one (an endpoint registered in
     * both modes with one secret, a copied payload): acknowledged, so Stripe stops retrying, and
     * recorded as ignored with the reason; never processed, since its objects do not exist in this
     * mode and a test payment must never settle a live order.
     */
    private StoreOutcome ignoreOtherMode(WebhookEndpoint endpoint, EventEnvelope event, String payload, boolean livemode, MarketplaceMode mode) {
        String reason = "livemode=" + livemode + " does not match this marketplace's " + mode.configValue() + " mode (it expects livemode="
                + (mode == MarketplaceMode.LIVE) + "): acknowledged, never processed";
        StoreOutcome outcome = inbox.storeIgnored(event.id(), endpoint, event.account().orElse(null), event.type(), event.created(),
                event.apiVersion().orElse(null), livemode, payload, Clock.systemUTC().instant(), reason);
        metrics.received(endpoint, outcome);
        if (outcome == StoreOutcome.STORED) {
            metrics.outcome(InboxStatus.IGNORED);
            LOG.log(Level.WARNING, "Stripe event {0} ({1}) at the {2} endpoint ignored: {3}",
                    new Object[] {event.id(), event.type(), endpoint.code(), reason});
        }
        return outcome;
    }
}
