package com.marketplace.onboarding.domain;

import java.time.Instant;
import java.util.List;

/** What the account reconciler reads and takes in the database (implemented over the sellers table and job_leases). */
public interface ReconcileQueue {

    /** Takes or renews the reconciler's lease for {@code holder} until {@code until}; false while another instance holds it. */
    boolean takeTurn(String holder, Instant now, Instant until);

    /**
     * Up to {@code limit} accounts of sellers neither synced nor tried since {@code cutoff} (never
     * tried first, then the longest ago), leaving out disconnected and rejected sellers, whose
     * accounts say nothing new; each is marked tried at {@code now} in the same transaction, so an
     * account whose read fails waits its turn again instead of heading every pass.
     */
    List<StripeAccountId> takeStale(Instant cutoff, Instant now, int limit);
}
