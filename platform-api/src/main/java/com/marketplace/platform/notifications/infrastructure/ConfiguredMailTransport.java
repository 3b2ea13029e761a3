package com.marketplace.platform.notifications.infrastructure;

import com.marketplace.platform.notifications.application.NotificationSettings;
import com.marketplace.platform.notifications.domain.MailMessage;
import com.marketplace.platform.notifications.domain.MailTransport;
import com.marketplace.platform.notifications.domain.Mailbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The transport the configuration names: SMTP when {@code SMTP_HOST} is set, the local mailbox otherwise. Chosen once, at first use. */
@ApplicationScoped
public class ConfiguredMailTransport implements MailTransport {

    private NotificationSettings settings;
    private Mailbox mailbox;
    private volatile MailTransport chosen;

    protected ConfiguredMailTransport() {
        // for CDI proxies
    }

    @Inject
    public ConfiguredMailTransport(NotificationSettings settings, Mailbox mailbox) {
        this.settings = settings;
        this.mailbox = mailbox;
    }

    @Override
    public void send(MailMessage message) {
        chosen().send(message);
    }

    @Override
    public String describe() {
        return chosen().describe();
    }

    private MailTransport chosen() {
        MailTransport transport = chosen;
        if (transport == null) {
            transport = settings.smtp().<MailTransport>map(server -> new SmtpMailTransport(server, settings.mailFrom()))
                    .orElseGet(() -> new LocalMailboxTransport(mailbox, settings.mailFrom()));
            chosen = transport;
        }
        return transport;
    }
}
