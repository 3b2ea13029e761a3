package com.marketplace.platform.notifications.domain;

/**
 * Writes a notification's subject and bodies from its templates (the web module renders them with
 * jte); links are absolute, from {@code PUBLIC_BASE_URL}.
 */
public interface MessageRenderer {

    MailMessage render(Notification notification);
}
