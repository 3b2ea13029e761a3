package com.marketplace.webhooks.interfaces.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The inbox at a glance: counts per status, processing lag, and the events asked for. */
public record WebhookInboxResponse(Map<String, Long> counts,
                                   @Schema(example = "12") Long oldestUnprocessedAgeSeconds,
                                   List<WebhookEventResponse> items) {
}
