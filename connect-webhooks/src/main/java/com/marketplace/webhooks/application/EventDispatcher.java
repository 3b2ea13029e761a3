package com.marketplace.webhooks.application;

import com.marketplace.platform.stripe.events.StripeEventReceived;
import com.marketplace.platform.stripe.events.StripeEventType;
import com.marketplace.webhooks.domain.EventInbox;
import com.marketplace.webhooks.domain.InboxEvent;
import com.marketplace.webhooks.domain.InboxStatus;
import com.marketplace.webhooks.domain.WebhookRejected;
import com.marketplace.webhooks.infrastructure.StripeWebhookVerifier;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands one claimed event to its handlers, in a transaction of its own: the handlers' writes and
 * the "processed" mark commit together. If the claim was lost meanwhile (lease expired, another
 * worker took the row), the mark fails and everything rolls back: no handler effect happens twice.
 */
// A stateless EJB, not a CDI bean: the EJB container sets up the component invocation that the
// connection pool needs to enlist JDBC connections in the transaction, also on the worker's
// managed thread (a CDI @Transactional method there got an active transaction but autocommitted connections).
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EventDispatcher {

    @Inject
    BeanManager beanManager;

    @Inject
    jakarta.enterprise.event.Event<StripeEventReceived> stripeEvents;

    @Inject
    EventInbox inbox;

    private static final Map<String, Boolean> HANDLED_TYPES = new ConcurrentHashMap<>();

    public InboxStatus dispatch(InboxEvent stored) {
        StripeEventReceived received = toCdiEvent(stored);
        InboxStatus outcome = hasHandler(received) ? InboxStatus.PROCESSED : InboxStatus.IGNORED;
        if (outcome == InboxStatus.PROCESSED) {
            stripeEvents.select(StripeEventType.Literal.of(stored.type())).fire(received);
        }
        if (!inbox.finish(stored.eventId(), stored.claimToken(), outcome, Instant.now())) {
            throw new ClaimLost(stored.eventId());
        }
        return outcome;
    }

    private StripeEventReceived toCdiEvent(InboxEvent stored) {
        com.stripe.model.Event event;
        try {
            event = StripeWebhookVerifier.parse(stored.payload());
        } catch (WebhookRejected e) {
            throw new IllegalStateException("stored payload of " + stored.eventId() + " is not an event: " + e.getMessage());
        }
        return new StripeEventReceived(stored.eventId(), stored.type(), stored.endpoint(), stored.account(),
                Instant.ofEpochSecond(stored.created()), stored.apiVersion(), event);
    }

    // Only observers selected by @StripeEventType count: a catch-all observer (an audit log) is not a handler.
    private boolean hasHandler(StripeEventReceived event) {
        return HANDLED_TYPES.computeIfAbsent(event.type(), type -> beanManager
                .resolveObserverMethods(event, StripeEventType.Literal.of(type)).stream()
                .anyMatch(observer -> observer.getObservedQualifiers().stream().anyMatch(StripeEventType.class::isInstance)));
    }

    /** The row was taken over by another worker while this one was still processing it. */
    public static class ClaimLost extends RuntimeException {
        public ClaimLost(String eventId) {
            super("the claim on " + eventId + " was lost (lease expired); its effects are rolled back");
        }
    }
}
