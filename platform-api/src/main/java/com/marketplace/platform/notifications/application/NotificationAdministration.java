package com.marketplace.platform.notifications.application;

import com.marketplace.platform.notifications.domain.KeptMessage;
import com.marketplace.platform.notifications.domain.Mailbox;
import com.marketplace.platform.notifications.domain.Notification;
import com.marketplace.platform.notifications.domain.NotificationRefusal;
import com.marketplace.platform.notifications.domain.NotificationStatus;
import com.marketplace.platform.notifications.domain.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The admin's view of the outbox and the local mailbox, and the resend of a dead message: one use case per method, for the API and the pages. */
@ApplicationScoped
public class NotificationAdministration {

    private Outbox outbox;
    private Mailbox mailbox;
    private Clock clock;

    protected NotificationAdministration() {
        // for CDI proxies
    }

    @Inject
    public NotificationAdministration(Outbox outbox, Mailbox mailbox) {
        this(outbox, mailbox, Clock.systemUTC());
    }

    public NotificationAdministration(Outbox outbox, Mailbox mailbox, Clock clock) {
        this.outbox = outbox;
        this.mailbox = mailbox;
        this.clock = clock;
    }

    @Transactional
    public List<Notification> notifications(Optional<NotificationStatus> status, Optional<Long> startingAfter, int limit) {
        return outbox.list(status, startingAfter, limit);
    }

    /** A dead message, due again now with a fresh set of attempts. */
    @Transactional
    public Notification resend(long id) {
        Notification notification = outbox.find(id).orElseThrow(() -> NotificationRefusal.notFound(id));
        if (notification.status() != NotificationStatus.DEAD || !outbox.resend(id, clock.instant())) {
            throw new NotificationRefusal(NotificationRefusal.Reason.CONFLICT,
                    "Notification " + id + " is " + notification.status().name().toLowerCase(java.util.Locale.ROOT) + ": only a dead one is sent again");
        }
        return outbox.find(id).orElseThrow();
    }

    @Transactional
    public List<KeptMessage> mailbox(int limit) {
        return mailbox.latest(limit);
    }

    @Transactional
    public KeptMessage keptMessage(long id) {
        return mailbox.find(id).orElseThrow(() -> new NotificationRefusal(NotificationRefusal.Reason.NOT_FOUND, "No message " + id + " in the mailbox"));
    }
}
