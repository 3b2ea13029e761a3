package com.marketplace.platform.notifications.domain;

import java.util.Objects;

/** A message ready to go: one recipient, a subject, and the same words as plain text and as HTML. */
public record MailMessage(long notificationId, String recipient, String subject, String text, String html) {

    public MailMessage {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
