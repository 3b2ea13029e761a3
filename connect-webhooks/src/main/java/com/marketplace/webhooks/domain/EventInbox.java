package com.marketplace.webhooks.domain;

import com.marketplace.platform.stripe.events.WebhookEndpoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where verified deliveries wait for their handlers: stored by event id (a redelivery only counts),
 * claimed by workers under a lease, finished, failed or replayed. Every state change names the
 * claim it belongs to, so a worker whose lease ran out never overwrites its successor's outcome.
 * Any method may throw {@link InboxUnavailable} when the store cannot be reached.
 */
public interface EventInbox {

    /** Stores a verified event; a second delivery of the same id changes nothing but a counter. */
    StoreOutcome store(String eventId, WebhookEndpoint endpoint, String account, String type, long created,
                       String apiVersion, boolean livemode, String payload, Instant now);

    /** Stores a verified event that must never be processed, as ignored with the reason; a redelivery only counts. */
    StoreOutcome storeIgnored(String eventId, WebhookEndpoint endpoint, String account, String type, long created,
                              String apiVersion, boolean livemode, String payload, Instant now, String reason);

    /** Whether a stored event came from Stripe's live mode; empty when no such event is stored. */
    Optional<Boolean> livemode(String eventId);

    /**
     * Claims up to {@code limit} due events for this worker (in a transaction of its own); an
     * abandoned claim that was the last attempt {@code retries} allows makes its event dead instead.
     */
    ClaimedBatch claim(String workerId, String claimToken, int limit, Instant now, Instant leaseUntil, RetryPolicy retries);

    /** Records the end of a claimed attempt; false when the claim was lost (lease expired and taken over). */
    boolean finish(String eventId, String claimToken, InboxStatus outcome, Instant now);

    /** Records a failed attempt: due again at {@code nextAttemptAt}, or dead when there is none. */
    boolean fail(String eventId, String claimToken, String error, Optional<Instant> nextAttemptAt);

    /** Makes a stored event due again with a fresh set of attempts; false while it is being processed. */
    boolean replay(String eventId, Instant now);

    Optional<InboxEvent> find(String eventId);

    /** Newest first, optionally filtered by status and type. */
    List<InboxEvent> list(Optional<InboxStatus> status, Optional<String> type, int limit);

    /** How many events are in each status, every status present (zero when none). */
    Map<InboxStatus, Long> countsByStatus();

    /** When the oldest event not yet handled arrived: how far the worker lags behind Stripe. */
    Optional<Instant> oldestUnprocessed();
}
