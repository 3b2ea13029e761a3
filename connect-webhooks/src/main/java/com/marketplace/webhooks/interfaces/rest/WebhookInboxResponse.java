package com.marketplace.webhooks.interfaces.rest;

import java.util.List;
import java.util.Map;

/** The inbox at a glance: counts per status, processing lag, and the events asked for. */
public record WebhookInboxResponse(Map<String, Long> counts, Long oldestUnprocessedAgeSeconds, List<WebhookEventResponse> items) {
}
