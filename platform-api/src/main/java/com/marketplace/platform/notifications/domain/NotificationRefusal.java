package com.marketplace.platform.notifications.domain;

import com.marketplace.platform.kernel.error.Refusal;

/** An admin's request about a notification refused by its rules. */
public class NotificationRefusal extends Refusal {

    public enum Reason {
        NOT_FOUND,
        /** Only a dead message is sent again. */
        CONFLICT
    }

    public NotificationRefusal(Reason reason, String message) {
        super(reason, message);
    }

    public static NotificationRefusal notFound(long id) {
        return new NotificationRefusal(Reason.NOT_FOUND, "No notification with id " + id);
    }
}
