package com.marketplace.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order of the checks, with the identity store faked: the address first, then the password, then the email. */
class SignInTest {

    private static final String EMAIL = "seller@example.com";
    private static final String PASSWORD = "correct horse battery staple";

    private final AtomicInteger passwordChecks = new AtomicInteger();
    private final SignIn signIn = new SignIn();

    @BeforeEach
    void oneSellerAndTheDefaultLimits() {
        signIn.identityStores = new OneAccount();
        signIn.settings = new SecuritySettings(key -> Optional.ofNullable(Map.of(
                SecuritySettings.LOGIN_MAX_FAILURES_PER_EMAIL, "5", SecuritySettings.LOGIN_MAX_FAILURES_PER_ADDRESS, "20").get(key)));
        // The database's count in the marketplace; the same port in memory here.
        signIn.failures = new MemorySignInFailures(1_000);
        signIn.configure();
    }

    @Test
    void theRightPasswordSignsInAfterFiveWrongOnes() {
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(SignInOutcome.Refused.class, signIn.attempt(EMAIL, "guess " + i, "198.51.100." + i));
        }

        SignInOutcome outcome = signIn.attempt(EMAIL, PASSWORD, "198.51.100.77");

        assertEquals(new SignInOutcome.SignedIn("seller:1"), outcome);
    }

    @Test
    void aWrongPasswordBeyondTheEmailsLimitIsAskedToPause() {
        for (int i = 0; i < 5; i++) {
            signIn.attempt(EMAIL, "guess " + i, "198.51.100." + i);
        }

        SignInOutcome outcome = signIn.attempt(EMAIL, "guess again", "198.51.100.77");

        assertEquals(1, assertInstanceOf(SignInOutcome.Throttled.class, outcome).retryAfterSeconds());
    }

    @Test
    void anAddressOverItsLimitIsRefusedWithoutCheckingThePassword() {
        for (int i = 0; i < 20; i++) {
            signIn.attempt("someone" + i + "@example.com", "guess", "203.0.113.9");
        }
        int checksBefore = passwordChecks.get();

        SignInOutcome outcome = signIn.attempt(EMAIL, PASSWORD, "203.0.113.9");

        assertInstanceOf(SignInOutcome.Throttled.class, outcome);
        assertEquals(checksBefore, passwordChecks.get(), "no password hash was computed for a throttled address");
    }

    private final class OneAccount implements IdentityStoreHandler {
        @Override
        public CredentialValidationResult validate(Credential credential) {
            passwordChecks.incrementAndGet();
            UsernamePasswordCredential given = (UsernamePasswordCredential) credential;
            return EMAIL.equals(given.getCaller()) && PASSWORD.equals(given.getPasswordAsString())
                    ? new CredentialValidationResult("seller:1", Set.of("SELLER"))
                    : CredentialValidationResult.INVALID_RESULT;
        }
    }
}
