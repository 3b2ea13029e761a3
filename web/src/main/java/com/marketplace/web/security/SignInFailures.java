package com.marketplace.web.security;

import java.time.Instant;
import java.util.List;

/**
 * Where failed sign-ins are counted, under a key digest (an email's or a client address's). In the
 * database for the marketplace ({@link JpaSignInFailures}), so instances behind one load balancer
 * count together; in memory for the throttle's rules alone ({@link MemorySignInFailures}).
 */
public interface SignInFailures {

    /**
     * Records a failure of {@code key} at {@code at}, keeping at most the key's {@code keep} newest;
     * answers the key's failures after {@code after} (this one included), newest first, at most {@code keep}.
     */
    List<Instant> record(String key, Instant at, Instant after, int keep);

    /** The key's failures after {@code after}, newest first, at most {@code limit}. */
    List<Instant> recent(String key, Instant after, int limit);

    /** Forgets the key's failures. */
    void clear(String key);
}
