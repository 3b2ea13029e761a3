package com.marketplace.platform.kernel.leases;

import java.time.Instant;

/**
 * A lease that lets one instance at a time run a periodic job (a row of {@code job_leases} per job,
 * taken by a conditional update): the alert evaluation and the order reconciler take theirs here;
 * seller-onboarding's account reconciler takes its row through its own {@code ReconcileQueue}.
 */
public interface JobLease {

    /** Takes or renews the lease {@code name} for {@code holder} until {@code until}; false while another holds it. */
    boolean hold(String name, String holder, Instant now, Instant until);
}
