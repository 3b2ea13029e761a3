package com.marketplace.webhooks.application;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.kernel.config.MarketplaceMode;
import com.marketplace.webhooks.domain.EventInbox;
import com.marketplace.webhooks.domain.InboxEvent;
import com.marketplace.webhooks.domain.InboxOverview;
import com.marketplace.webhooks.domain.InboxStatus;
import com.marketplace.webhooks.domain.ReplayRefused;
import com.marketplace.webhooks.domain.UnknownInboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What an admin does with the inbox, for the admin page and the admin API alike: look at it, and
 * replay an event. A replay gives the event a fresh set of attempts, unless a worker holds it right
 * now, and never for an event of the other Stripe mode: its objects do not exist in this one.
 */
@ApplicationScoped
public class InboxAdministration {

    private EventInbox inbox;
    private Supplier<MarketplaceMode> mode;
    private Clock clock;

    protected InboxAdministration() {
        // for CDI proxies
    }

    @Inject
    public InboxAdministration(EventInbox inbox, MarketplaceConfig config) {
        this(inbox, () -> config.stripe().mode(), Clock.systemUTC());
    }

    public InboxAdministration(EventInbox inbox, Supplier<MarketplaceMode> mode, Clock clock) {
        this.inbox = inbox;
        this.mode = mode;
        this.clock = clock;
    }

    public InboxOverview overview() {
        Instant now = clock.instant();
        return new InboxOverview(inbox.countsByStatus(), inbox.oldestUnprocessed().map(oldest -> Duration.between(oldest, now)));
    }

    /** Newest first, optionally filtered by status and type. */
    public List<InboxEvent> events(Optional<InboxStatus> status, Optional<String> type, int limit) {
        return inbox.list(status, type, limit);
    }

    /** Makes the event due again and returns it as it now stands. */
    public InboxEvent replay(String eventId) {
        inbox.find(eventId).orElseThrow(() -> new UnknownInboxEvent(eventId));
        MarketplaceMode marketplace = mode.get();
        boolean live = marketplace == MarketplaceMode.LIVE;
        if (inbox.livemode(eventId).orElse(live) != live) {
            throw new ReplayRefused("Event " + eventId + " comes from Stripe's " + (live ? "test" : "live")
                    + " mode; this marketplace runs in " + marketplace.configValue() + " mode and never processes it");
        }
        if (!inbox.replay(eventId, clock.instant())) {
            throw new ReplayRefused("Event " + eventId + " is being processed right now; try again shortly");
        }
        return inbox.find(eventId).orElseThrow(() -> new UnknownInboxEvent(eventId));
    }
}
