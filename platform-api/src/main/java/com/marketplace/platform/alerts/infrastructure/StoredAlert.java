package com.marketplace.platform.alerts.infrastructure;

import com.marketplace.platform.alerts.domain.Alert;
import com.marketplace.platform.alerts.domain.AlertRule;
import com.marketplace.platform.alerts.domain.Breach;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** An {@code alerts} row: open while {@code open_key} holds its key, closed once it is cleared. */
@Entity
@Table(name = "alerts")
public class StoredAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "alert_key")
    private String key;

    @Column(name = "rule_name")
    private String rule;

    private String detail;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "open_key")
    private String openKey;

    protected StoredAlert() {
        // for JPA
    }

    static StoredAlert opened(Breach breach, Instant now) {
        StoredAlert alert = new StoredAlert();
        alert.key = breach.key();
        alert.rule = breach.rule().code();
        alert.detail = breach.detail().length() > 500 ? breach.detail().substring(0, 500) : breach.detail();
        alert.openedAt = now;
        alert.openKey = breach.key();
        return alert;
    }

    void close(Instant now) {
        closedAt = now;
        openKey = null;
    }

    String key() {
        return key;
    }

    Alert toAlert() {
        return new Alert(id, key, AlertRule.valueOf(rule.toUpperCase(Locale.ROOT)), detail, openedAt, Optional.ofNullable(closedAt));
    }
}
