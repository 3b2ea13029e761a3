package com.marketplace.platform.alerts.domain;

import java.time.Duration;
import java.time.Instant;

/** Reads the figures the rules need from the orders (SQL aggregates). */
public interface SignalSource {

    BusinessSignals read(Instant now, Duration successWindow);
}
