package com.marketplace.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Failed sign-ins, counted per client address and per email within a sliding window.
 * <ul>
 *   <li><b>Per address</b> (checked before the password): too many failures from one address and
 *   every further attempt from it waits until the oldest failure leaves the window. This is the
 *   brake on guessing: one source cannot try more than the limit per window.</li>
 *   <li><b>Per email</b> (after the password): the right password always signs in, so no one can
 *   lock an admin or a seller out by guessing wrong on purpose. Beyond the limit, a wrong password
 *   is answered "too many attempts" with a pause that doubles with each further failure (1 s,
 *   2 s, 4 s ... at most {@link #MAX_EMAIL_PAUSE}), telling scripts and people to slow down.</li>
 * </ul>
 * A success clears the email's failures, not the address's: one account an attacker owns must not
 * whitewash the guesses made from that address. Memory is bounded ({@link BoundedKeys}): emails are
 * cut to {@value #MAX_EMAIL_LENGTH} characters before use, keys are digests, the number of keys has
 * a ceiling. Kept in this process' memory: each instance throttles on its own.
 */
public class LoginThrottle {

    /** The longest email address SMTP allows; anything beyond cannot be a different account. */
    static final int MAX_EMAIL_LENGTH = 254;
    static final Duration MAX_EMAIL_PAUSE = Duration.ofSeconds(60);
    // Enough failures beyond the limit for the doubling pause to reach its ceiling (2^6 s > 60 s).
    private static final int EMAIL_EXCESS_KEPT = 7;

    private final int maxFailuresPerEmail;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final BoundedKeys<Deque<Instant>> failures;

    public LoginThrottle(int maxFailuresPerEmail, int maxFailuresPerAddress, Duration window, int maxTrackedKeys) {
        if (maxFailuresPerEmail < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero() || maxTrackedKeys < 1) {
            throw new IllegalArgumentException("throttle limits, window and key ceiling must be positive");
        }
        this.maxFailuresPerEmail = maxFailuresPerEmail;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.failures = new BoundedKeys<>(maxTrackedKeys);
    }

    /** How long this address must wait before any attempt is even checked, when it must. */
    public Optional<Duration> addressWait(String address, Instant now) {
        Deque<Instant> recent = failures.get(addressKey(address));
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            prune(recent, now);
            if (recent.size() < maxFailuresPerAddress) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, recent.peekFirst().plus(window)));
        }
    }

    /**
     * Records a wrong password. Answers the pause to ask of whoever tries this email next, when the
     * email was already at its limit before this failure; empty while it is under the limit.
     */
    public Optional<Duration> failed(String email, String address, Instant now) {
        record(addressKey(address), maxFailuresPerAddress, now);
        int recentForEmail = record(emailKey(email), maxFailuresPerEmail + EMAIL_EXCESS_KEPT, now);
        int excess = recentForEmail - maxFailuresPerEmail;
        if (excess < 1) {
            return Optional.empty();
        }
        Duration pause = Duration.ofSeconds(1L << Math.min(excess - 1, 30));
        return Optional.of(pause.compareTo(MAX_EMAIL_PAUSE) > 0 ? MAX_EMAIL_PAUSE : pause);
    }

    public void succeeded(String email) {
        failures.remove(emailKey(email));
    }

    /** How many emails and addresses are remembered now. */
    int trackedKeys() {
        return failures.size();
    }

    // Answers how many failures the key now has in the window (at most `keep`).
    private int record(String key, int keep, Instant now) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
            while (recent.size() > keep) {
                recent.removeFirst();
            }
            return recent.size();
        }
    }

    private void prune(Deque<Instant> recent, Instant now) {
        Instant horizon = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
            recent.removeFirst();
        }
    }

    static String emailKey(String email) {
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return BoundedKeys.digest("email", normalized.length() > MAX_EMAIL_LENGTH ? normalized.substring(0, MAX_EMAIL_LENGTH) : normalized);
    }

    static String addressKey(String address) {
        return BoundedKeys.digest("address", ClientAddress.limitKey(address == null ? "" : address));
    }
}
