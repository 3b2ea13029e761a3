package com.marketplace.web.security;

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
 * client address's throttle first (an address over its limit is not even checked), then the
 * password (Jakarta Security's identity store handler), and only a wrong password meets the
 * email's limit: the right one always signs in ({@link LoginThrottle}).
 */
@ApplicationScoped
public class SignIn {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SecuritySettings settings;

    // The database's count, so every instance throttles the same failures (docs/scaling.md).
    @Inject
    SignInFailures failures;

    private LoginThrottle throttle;

    @PostConstruct
    void configure() {
        throttle = settings.newLoginThrottle(failures);
    }

    public SignInOutcome attempt(String email, String password, String clientAddress) {
        Instant now = Instant.now();
        Optional<Duration> addressWait = throttle.addressWait(clientAddress, now);
        if (addressWait.isPresent()) {
            return new SignInOutcome.Throttled(addressWait.get());
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(email, password));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(email);
            return new SignInOutcome.SignedIn(result.getCallerPrincipal().getName());
        }
        Optional<Duration> slowDown = throttle.failed(email, clientAddress, now);
        return slowDown.<SignInOutcome>map(SignInOutcome.Throttled::new).orElseGet(SignInOutcome.Refused::new);
    }
}
