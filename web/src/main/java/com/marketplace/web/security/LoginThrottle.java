package com.marketplace.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * whitewash the guesses made from that address. Emails are cut to {@value #MAX_EMAIL_LENGTH}
 * characters before use and keys are digests. The failures are counted in a {@link SignInFailures}:
 * the marketplace's is the database, so every instance behind a load balancer counts the same
 * failures (docs/scaling.md); each key keeps only the newest failures the rules look at.
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
    private final SignInFailures failures;

    /** A throttle counting in this process' memory, at most {@code maxTrackedKeys} emails and addresses. */
    public LoginThrottle(int maxFailuresPerEmail, int maxFailuresPerAddress, Duration window, int maxTrackedKeys) {
        this(maxFailuresPerEmail, maxFailuresPerAddress, window, new MemorySignInFailures(checkedCeiling(maxTrackedKeys)));
    }

    public LoginThrottle(int maxFailuresPerEmail, int maxFailuresPerAddress, Duration window, SignInFailures failures) {
        if (maxFailuresPerEmail < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("throttle limits, window and key ceiling must be positive");
        }
        this.maxFailuresPerEmail = maxFailuresPerEmail;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.failures = failures;
    }

    /** How long this address must wait before any attempt is even checked, when it must. */
    public Optional<Duration> addressWait(String address, Instant now) {
        List<Instant> recent = failures.recent(addressKey(address), now.minus(window), maxFailuresPerAddress);
        if (recent.size() < maxFailuresPerAddress) {
            return Optional.empty();
        }
        // The oldest of the newest `limit` failures: the address may try again once it leaves the window.
        return Optional.of(Duration.between(now, recent.get(recent.size() - 1).plus(window)));
    }

    /**
     * Records a wrong password. Answers the pause to ask of whoever tries this email next, when the
     * email was already at its limit before this failure; empty while it is under the limit.
     */
    public Optional<Duration> failed(String email, String address, Instant now) {
        Instant horizon = now.minus(window);
        failures.record(addressKey(address), now, horizon, maxFailuresPerAddress);
        int recentForEmail = failures.record(emailKey(email), now, horizon, maxFailuresPerEmail + EMAIL_EXCESS_KEPT).size();
        int excess = recentForEmail - maxFailuresPerEmail;
        if (excess < 1) {
            return Optional.empty();
        }
        Duration pause = Duration.ofSeconds(1L << Math.min(excess - 1, 30));
        return Optional.of(pause.compareTo(MAX_EMAIL_PAUSE) > 0 ? MAX_EMAIL_PAUSE : pause);
    }

    public void succeeded(String email) {
        failures.clear(emailKey(email));
    }

    private static int checkedCeiling(int maxTrackedKeys) {
        if (maxTrackedKeys < 1) {
            throw new IllegalArgumentException("throttle limits, window and key ceiling must be positive");
        }
        return maxTrackedKeys;
    }

    static String emailKey(String email) {
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return BoundedKeys.digest("email", normalized.length() > MAX_EMAIL_LENGTH ? normalized.substring(0, MAX_EMAIL_LENGTH) : normalized);
    }

    static String addressKey(String address) {
        return BoundedKeys.digest("address", ClientAddress.limitKey(address == null ? "" : address));
    }
}
