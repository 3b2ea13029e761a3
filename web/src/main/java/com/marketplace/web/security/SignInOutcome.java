package com.marketplace.web.security;

import java.time.Duration;

/** What became of an attempt to sign in with an email and a password. */
public sealed interface SignInOutcome {

    /** The credentials are right; the caller is named {@code principalName}. */
    record SignedIn(String principalName) implements SignInOutcome {
    }

    /** Wrong email or password (which of the two is never said). */
    record Refused() implements SignInOutcome {
    }

    /**
     * Too many recent failures: from this client address (then the password was not even checked),
     * or for this email with a wrong password again. Try again after {@code retryAfter}.
     */
    record Throttled(Duration retryAfter) implements SignInOutcome {

        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
