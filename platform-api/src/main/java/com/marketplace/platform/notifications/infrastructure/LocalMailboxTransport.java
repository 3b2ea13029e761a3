package com.marketplace.platform.notifications.infrastructure;

import com.marketplace.platform.notifications.domain.MailMessage;
import com.marketplace.platform.notifications.domain.MailTransport;
import com.marketplace.platform.notifications.domain.Mailbox;
import java.time.Instant;

/** With no SMTP server configured: the message is kept in the local mailbox, for the admin's mailbox page. */
final class LocalMailboxTransport implements MailTransport {

    private final Mailbox mailbox;
    private final String sender;

    LocalMailboxTransport(Mailbox mailbox, String sender) {
        this.mailbox = mailbox;
        this.sender = sender;
    }

    @Override
    public void send(MailMessage message) {
        mailbox.keep(message, sender, Instant.now());
    }

    @Override
    public String describe() {
        return "the local mailbox (no SMTP_HOST)";
    }
}
