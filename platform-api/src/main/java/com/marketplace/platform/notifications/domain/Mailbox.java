package com.marketplace.platform.notifications.domain;

import java.util.List;
import java.util.Optional;

/** The messages kept locally when no SMTP server is configured, for the admin's mailbox page. */
public interface Mailbox {

    /** Keeps a message; a second keep of the same notification changes nothing. */
    void keep(MailMessage message, String sender, java.time.Instant now);

    List<KeptMessage> latest(int limit);

    Optional<KeptMessage> find(long id);
}
