package com.marketplace.platform.alerts.domain;

import java.time.Instant;

/** A lease that lets one instance at a time run a job (a row per job, taken by a conditional update). */
public interface JobLease {

    /** Takes or renews the lease {@code name} for {@code holder} until {@code until}; false while another holds it. */
    boolean hold(String name, String holder, Instant now, Instant until);
}
