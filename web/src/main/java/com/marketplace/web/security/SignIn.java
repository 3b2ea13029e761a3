package com.marketplace.web.security;

import com.marketplace.platform.shared.config.MarketplaceConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Every password check, from the sign-in page and from HTTP Basic alike, goes through here: the
 * throttle first, then Jakarta Security's identity store handler.
 */
@ApplicationScoped
public class SignIn {

    static final String MAX_FAILURES_PER_EMAIL = "LOGIN_MAX_FAILURES_PER_EMAIL";
    static final String MAX_FAILURES_PER_ADDRESS = "LOGIN_MAX_FAILURES_PER_ADDRESS";
    static final String THROTTLE_WINDOW_SECONDS = "LOGIN_THROTTLE_WINDOW_SECONDS";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    MarketplaceConfig config;

    private LoginThrottle throttle;

    @PostConstruct
    void configure() {
        throttle = new LoginThrottle(
                (int) config.longValue(MAX_FAILURES_PER_EMAIL, 5),
                (int) config.longValue(MAX_FAILURES_PER_ADDRESS, 100),
                Duration.ofSeconds(config.longValue(THROTTLE_WINDOW_SECONDS, 900)));
    }

    public SignInOutcome attempt(String email, String password, String clientAddress) {
        Instant now = Instant.now();
        Optional<Duration> wait = throttle.waitBeforeTrying(email, clientAddress, now);
        if (wait.isPresent()) {
            return new SignInOutcome.Throttled(wait.get());
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(email, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(email, clientAddress, now);
            return new SignInOutcome.Refused();
        }
        throttle.succeeded(email);
        return new SignInOutcome.SignedIn(result.getCallerPrincipal().getName());
    }
}
