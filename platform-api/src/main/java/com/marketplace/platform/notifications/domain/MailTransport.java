package com.marketplace.platform.notifications.domain;

/** Where a rendered message goes: an SMTP server, or the local mailbox when none is configured. */
public interface MailTransport {

    /** Hands the message over; throws {@link MailFailure} when it was not taken (it will be tried again). */
    void send(MailMessage message);

    /** For the logs and the admin: "smtp://host:port" or "local mailbox", never credentials. */
    String describe();
}
