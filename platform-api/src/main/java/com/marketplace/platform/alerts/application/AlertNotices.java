package com.marketplace.platform.alerts.application;

import com.marketplace.platform.alerts.domain.AdminContacts;
import com.marketplace.platform.alerts.domain.Alert;
import com.marketplace.platform.notifications.domain.NewNotification;
import com.marketplace.platform.notifications.domain.NotificationKind;
import com.marketplace.platform.notifications.domain.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mails every admin when an alert opens, through the notifications outbox, in the transaction that
 * opens it. The subject names the alert and the admin ({@code alert_12_3f9a...}): one message per
 * admin per alert, however often the rule is evaluated.
 */
@ApplicationScoped
public class AlertNotices {

    private Outbox outbox;
    private AdminContacts admins;

    protected AlertNotices() {
        // for CDI proxies
    }

    @Inject
    public AlertNotices(Outbox outbox, AdminContacts admins) {
        this.outbox = outbox;
        this.admins = admins;
    }

    public void opened(Alert alert, Instant now) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("alertId", Long.toString(alert.id()));
        data.put("rule", alert.rule().code());
        data.put("key", alert.key());
        data.put("detail", alert.detail());
        data.put("openedAt", alert.openedAt().toString());
        for (String admin : admins.emails()) {
            outbox.add(new NewNotification(NotificationKind.ALERT, admin, "alert_" + alert.id() + "_" + shortHash(admin), data), now);
        }
    }

    // The admin's address would make the subject too long (and put it in the subject): a digest names them.
    private static String shortHash(String email) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
