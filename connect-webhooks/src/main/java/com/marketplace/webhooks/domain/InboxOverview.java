package com.marketplace.webhooks.domain;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The inbox at a glance: events per status, in the lifecycle's order with every status present
 * (zero when none), and how long the oldest unhandled event has waited.
 */
public record InboxOverview(Map<InboxStatus, Long> counts, Optional<Duration> oldestWaiting) {

    public InboxOverview {
        Map<InboxStatus, Long> all = new EnumMap<>(InboxStatus.class);
        for (InboxStatus status : InboxStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0L));
        }
        counts = Collections.unmodifiableMap(all);
    }
}
