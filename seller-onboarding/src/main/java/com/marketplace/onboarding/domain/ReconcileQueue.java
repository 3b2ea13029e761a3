package com.marketplace.onboarding.domain;

import java.time.Instant;
import java.util.List;

/** What the account reconciler reads and takes in the database (implemented over the sellers table and job_leases). */
public interface ReconcileQueue {

    /** Takes or renews the reconciler's lease for {@code holder} until {@code until}; false while another instance holds it. */
    boolean takeTurn(String holder, Instant now, Instant until);

    /**
     * Up to {@code limit} accounts of sellers not synced since {@code cutoff} (never synced first,
     * then the oldest), leaving out disconnected and rejected sellers, whose accounts say nothing new.
     */
    List<StripeAccountId> syncedBefore(Instant cutoff, int limit);
}
