package com.marketplace.webhooks.application;

import com.marketplace.platform.stripe.events.WebhookEndpoint;
import com.marketplace.webhooks.domain.ClaimedBatch;
import com.marketplace.webhooks.domain.EventInbox;
import com.marketplace.webhooks.domain.InboxEvent;
import com.marketplace.webhooks.domain.InboxStatus;
import com.marketplace.webhooks.domain.RetryPolicy;
import com.marketplace.webhooks.domain.StoreOutcome;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inbox in maps, for service tests of what admins do with it. Rows are put in the state a
 * test needs with {@link #put}; claiming is the JDBC inbox's business and is tested against the database.
 */
final class InMemoryEventInbox implements EventInbox {

    private final Map<String, InboxEvent> events = new LinkedHashMap<>();
    private final Map<String, Boolean> livemodes = new HashMap<>();

    void put(String eventId, InboxStatus status, boolean livemode, int attempts, Instant receivedAt) {
        events.put(eventId, new InboxEvent(eventId, WebhookEndpoint.CONNECT, "acct_1A", "checkout.session.completed", 1_700_000_000L,
                "2024-06-20", "{}", status, attempts, 0, receivedAt, null, null, status == InboxStatus.DEAD ? "handler failed" : null,
                receivedAt, null));
        livemodes.put(eventId, livemode);
    }

    @Override
    public StoreOutcome store(String eventId, WebhookEndpoint endpoint, String account, String type, long created, String apiVersion,
                              boolean livemode, String payload, Instant now) {
        return storeOnce(new InboxEvent(eventId, endpoint, account, type, created, apiVersion, payload, InboxStatus.RECEIVED,
                0, 0, now, null, null, null, now, null), livemode);
    }

    @Override
    public StoreOutcome storeIgnored(String eventId, WebhookEndpoint endpoint, String account, String type, long created,
                                     String apiVersion, boolean livemode, String payload, Instant now, String reason) {
        return storeOnce(new InboxEvent(eventId, endpoint, account, type, created, apiVersion, payload, InboxStatus.IGNORED,
                0, 0, now, null, null, reason, now, now), livemode);
    }

    private StoreOutcome storeOnce(InboxEvent event, boolean livemode) {
        if (events.containsKey(event.eventId())) {
            return StoreOutcome.DUPLICATE;
        }
        events.put(event.eventId(), event);
        livemodes.put(event.eventId(), livemode);
        return StoreOutcome.STORED;
    }

    @Override
    public Optional<Boolean> livemode(String eventId) {
        return Optional.ofNullable(livemodes.get(eventId));
    }

    @Override
    public ClaimedBatch claim(String workerId, String claimToken, int limit, Instant now, Instant leaseUntil, RetryPolicy retries) {
        throw new AssertionError("inbox administration never claims events");
    }

    @Override
    public boolean finish(String eventId, String claimToken, InboxStatus outcome, Instant now) {
        throw new AssertionError("inbox administration never finishes events");
    }

    @Override
    public boolean fail(String eventId, String claimToken, String error, Optional<Instant> nextAttemptAt) {
        throw new AssertionError("inbox administration never fails events");
    }

    @Override
    public boolean replay(String eventId, Instant now) {
        InboxEvent event = events.get(eventId);
        if (event == null || event.status() == InboxStatus.PROCESSING) {
            return false;
        }
        events.put(eventId, new InboxEvent(eventId, event.endpoint(), event.account(), event.type(), event.created(), event.apiVersion(),
                event.payload(), InboxStatus.RECEIVED, 0, event.duplicates(), now, null, null, null, event.receivedAt(), event.processedAt()));
        return true;
    }

    @Override
    public Optional<InboxEvent> find(String eventId) {
        return Optional.ofNullable(events.get(eventId));
    }

    @Override
    public List<InboxEvent> list(Optional<InboxStatus> status, Optional<String> type, int limit) {
        return events.values().stream()
                .filter(event -> status.map(event.status()::equals).orElse(true))
                .filter(event -> type.map(event.type()::equals).orElse(true))
                .sorted(Comparator.comparing(InboxEvent::receivedAt).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public Map<InboxStatus, Long> countsByStatus() {
        Map<InboxStatus, Long> counts = new EnumMap<>(InboxStatus.class);
        events.values().forEach(event -> counts.merge(event.status(), 1L, Long::sum));
        return counts;
    }

    @Override
    public Optional<Instant> oldestUnprocessed() {
        return events.values().stream()
                .filter(event -> List.of(InboxStatus.RECEIVED, InboxStatus.PROCESSING, InboxStatus.FAILED).contains(event.status()))
                .map(InboxEvent::receivedAt)
                .min(Comparator.naturalOrder());
    }
}
