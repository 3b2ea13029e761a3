package com.marketplace.web.pages.admin;

import java.util.List;

/**
 * The webhook inbox's health as the admin sees it: a card per status, the worker's lag, the dead
 * events (each with a Replay form) and the latest arrivals.
 *
 * @param oldestWaiting how long the oldest unhandled event has waited, in words ("None" when none waits)
 */
public record AdminWebhooksView(String csrfToken, List<Count> counts, String oldestWaiting, Table dead, Table latest) {

    public AdminWebhooksView {
        counts = List.copyOf(counts);
    }

    /** How many events are in one status; {@code code} is the status's lowercase name. */
    public record Count(String code, String label, long count) {
    }

    /**
     * A table of events. {@code id} is the table's id; replayable tables have a Replay column.
     *
     * @param none what the table says when it has no row
     */
    public record Table(String id, String label, boolean replayable, String none, List<Event> events) {

        public Table {
            events = List.copyOf(events);
        }

        public int columns() {
            return replayable ? 8 : 7;
        }
    }

    /**
     * One stored event.
     *
     * @param replayPath where its Replay form posts (the id URL-encoded)
     */
    public record Event(String eventId, String type, String endpoint, String account, String status, int attempts, String received,
                        String lastError, String replayPath) {
    }
}
