package com.marketplace.webhooks.application;

import com.marketplace.platform.stripe.events.StripeEventReceived;
import com.marketplace.platform.stripe.events.StripeEventType;
import com.marketplace.platform.stripe.events.WebhookEndpoint;
import com.marketplace.webhooks.domain.EventRouting;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Stripe event types this deployment handles: every {@code @StripeEventType} an observer of
 * {@link StripeEventReceived} names, collected while CDI boots (a portable extension, listed in
 * {@code META-INF/services}). What the webhook endpoints must be subscribed to follows from it.
 */
public class HandledEventTypes implements Extension {

    private final Set<String> types = Collections.synchronizedSet(new TreeSet<>());

    void observerFound(@Observes ProcessObserverMethod<StripeEventReceived, ?> observer) {
        observer.getObserverMethod().getObservedQualifiers().stream()
                .filter(StripeEventType.class::isInstance)
                .map(qualifier -> ((StripeEventType) qualifier).value())
                .forEach(types::add);
    }

    /** The handled types Stripe delivers at {@code endpoint}, sorted. */
    public List<String> arrivingAt(WebhookEndpoint endpoint) {
        synchronized (types) {
            return types.stream().filter(type -> EventRouting.endpointsOf(type).contains(endpoint)).toList();
        }
    }
}
