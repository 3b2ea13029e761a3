package com.marketplace.platform.notifications.domain;

/** PENDING until sent (or kept in the local mailbox); DEAD after the last failed attempt, until an admin resends it. */
public enum NotificationStatus {
    PENDING, SENT, DEAD
}
