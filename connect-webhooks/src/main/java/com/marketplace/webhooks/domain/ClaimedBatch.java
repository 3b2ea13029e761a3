package com.marketplace.webhooks.domain;

import java.util.List;

/**
 * What one claim took: the events this worker now holds, and the abandoned ones it found out of
 * attempts (their workers died or outlived the lease on the last attempt) and recorded as dead.
 */
public record ClaimedBatch(List<InboxEvent> claimed, List<Buried> buried) {

    public ClaimedBatch {
        claimed = List.copyOf(claimed);
        buried = List.copyOf(buried);
    }

    /** Rows the claim looked at: a full batch means more may be due. */
    public int size() {
        return claimed.size() + buried.size();
    }

    /** An event recorded as dead by the claim, with the error stored on it. */
    public record Buried(String eventId, String type, String lastError) {
    }
}
