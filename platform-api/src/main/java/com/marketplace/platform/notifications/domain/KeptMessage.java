package com.marketplace.platform.notifications.domain;

import java.time.Instant;

/** A message in the local mailbox, as it would have been mailed. */
public record KeptMessage(long id, long notificationId, String sender, String recipient, String subject, String text, String html,
                          Instant keptAt) {
}
