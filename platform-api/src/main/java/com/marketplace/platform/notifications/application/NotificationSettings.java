package com.marketplace.platform.notifications.application;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.kernel.config.Secret;
import com.marketplace.platform.notifications.domain.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/** The mail server and the outbox worker's knobs, each with its default (docs/notifications.md, docs/configuration.md). */
@ApplicationScoped
public class NotificationSettings {

    private MarketplaceConfig config;

    protected NotificationSettings() {
        // for CDI proxies
    }

    @Inject
    public NotificationSettings(MarketplaceConfig config) {
        this.config = config;
    }

    /** The SMTP server, when {@code SMTP_HOST} is set; empty means messages are kept in the local mailbox. */
    public Optional<SmtpServer> smtp() {
        String host = config.stringValue("SMTP_HOST", "");
        if (host.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> user = Optional.of(config.stringValue("SMTP_USER", "")).filter(u -> !u.isEmpty());
        Optional<Secret> password = Optional.of(config.stringValue("SMTP_PASSWORD", "")).filter(p -> !p.isEmpty()).map(Secret::of);
        // A server that wants a password is reached over TLS unless the operator says otherwise.
        boolean startTls = Boolean.parseBoolean(config.stringValue("SMTP_STARTTLS", String.valueOf(user.isPresent())));
        int port = (int) config.longValue("SMTP_PORT", startTls ? 587 : 25);
        return Optional.of(new SmtpServer(host, port, user, password, startTls));
    }

    /** The sender of every message ({@code MAIL_FROM}). */
    public String mailFrom() {
        return config.stringValue("MAIL_FROM", "Marketplace <no-reply@marketplace.invalid>");
    }

    public Duration pollInterval() {
        return Duration.ofMillis(config.longValue("NOTIFY_WORKER_POLL_MS", 1_000));
    }

    public int batchSize() {
        return (int) Math.max(1, config.longValue("NOTIFY_WORKER_BATCH", 20));
    }

    /** How long a claimed message is this worker's: past it, another worker may take it over. */
    public Duration lease() {
        return Duration.ofSeconds(config.longValue("NOTIFY_LEASE_SECONDS", 120));
    }

    public Backoff backoff() {
        return new Backoff((int) config.longValue("NOTIFY_MAX_ATTEMPTS", 8),
                Duration.ofMillis(config.longValue("NOTIFY_RETRY_BASE_MS", 30_000)),
                Duration.ofMillis(config.longValue("NOTIFY_RETRY_MAX_MS", 3_600_000)));
    }

    /** An SMTP server; {@code toString} shows no password. */
    public record SmtpServer(String host, int port, Optional<String> user, Optional<Secret> password, boolean startTls) {

        public String describe() {
            return "smtp://" + host + ":" + port + (startTls ? " (STARTTLS)" : "");
        }
    }
}
