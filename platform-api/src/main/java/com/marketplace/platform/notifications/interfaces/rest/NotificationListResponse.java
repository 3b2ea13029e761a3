package com.marketplace.platform.notifications.interfaces.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** A page of the outbox, newest first; {@code has_more} as Stripe's lists say it. */
public record NotificationListResponse(List<NotificationResponse> data, @JsonbProperty("has_more") boolean hasMore) {
}
