package com.marketplace.platform.alerts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The alerts opened and closed, kept for the admins. */
public interface AlertLog {

    /** Opens an alert for the breach unless one with its key is open; the new alert, or empty when one was. */
    Optional<Alert> openUnlessOpen(Breach breach, Instant now);

    /** Closes every open alert whose key is not among {@code stillBreached}; the alerts closed. */
    List<Alert> closeAllBut(Set<String> stillBreached, Instant now);

    List<Alert> open();

    /** Alerts opened since {@code since}, open or closed, newest first. */
    List<Alert> openedSince(Instant since, int limit);
}
