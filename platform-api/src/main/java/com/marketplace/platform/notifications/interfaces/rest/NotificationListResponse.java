package com.marketplace.platform.notifications.interfaces.rest;

import java.util.List;

/** The newest messages of the outbox. */
public record NotificationListResponse(List<NotificationResponse> data) {
}
