package com.marketplace.platform.notifications.domain;

/** The mail server did not take a message. The message text never carries credentials. */
public class MailFailure extends RuntimeException {

    public MailFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
