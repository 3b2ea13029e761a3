package com.marketplace.web.pages.admin;

import java.util.List;

/**
 * The outbox and the local mailbox as the admin sees them.
 *
 * @param transport where messages go now ("smtp://host:port" or the local mailbox), never credentials
 */
public record AdminMailboxView(String csrfToken, String transport, List<Outgoing> outbox, List<Kept> mailbox) {

    public AdminMailboxView {
        outbox = List.copyOf(outbox);
        mailbox = List.copyOf(mailbox);
    }

    /** A message of the outbox; {@code resendPath} is where a dead one's Resend form posts, empty for the others. */
    public record Outgoing(long id, String kind, String recipient, String subjectId, String status, int attempts, String created,
                           String sent, String lastError, String resendPath) {
    }

    /** A message kept in the local mailbox; {@code path} opens it. */
    public record Kept(long id, String kept, String recipient, String subject, String path) {
    }

    /** One kept message, opened: the HTML part is shown as its source, never run. */
    public record Message(String sender, String recipient, String subject, String kept, String text, String html) {
    }
}
