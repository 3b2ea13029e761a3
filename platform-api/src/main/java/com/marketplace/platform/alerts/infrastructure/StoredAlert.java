package com.marketplace.platform.alerts.infrastructure;

import com.marketplace.platform.alerts.domain.Alert;
import com.marketplace.platform.alerts.domain.AlertRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** An {@code alerts} row as read back (written by conditional SQL in {@link JpaAlertLog}). */
@Entity
@Table(name = "alerts")
public class StoredAlert {

    @Id
    private long id;

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

    Alert toAlert() {
        return new Alert(id, key, AlertRule.valueOf(rule.toUpperCase(Locale.ROOT)), detail, openedAt, Optional.ofNullable(closedAt));
    }
}
