package com.marketplace.platform.notifications.interfaces.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the outbox, newest first; {@code has_more} as Stripe's lists say it. */
public record NotificationListResponse(List<NotificationResponse> data,
                                       @Schema(example = "false") @JsonbProperty("has_more") boolean hasMore) {
}
