package com.marketplace.web.security;

import com.marketplace.platform.kernel.config.InvalidConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * The web tier's protective settings, typed and defaulted in one place (each key is documented in
 * docs/configuration.md): sign-in throttling, the trusted proxies, the abuse limits and the API's largest
 * body. A bad value is kept, not thrown, until the start-up check asks ({@link #verify()}), so the
 * refusal names the key instead of surfacing as an obscure deployment error.
 */
@ApplicationScoped
public class SecuritySettings {

    static final String LOGIN_MAX_FAILURES_PER_EMAIL = "LOGIN_MAX_FAILURES_PER_EMAIL";
    static final String LOGIN_MAX_FAILURES_PER_ADDRESS = "LOGIN_MAX_FAILURES_PER_ADDRESS";
    static final String LOGIN_THROTTLE_WINDOW_SECONDS = "LOGIN_THROTTLE_WINDOW_SECONDS";
    static final String TRUSTED_PROXIES = "TRUSTED_PROXIES";
    static final String RATE_LIMIT_CHECKOUTS_PER_MINUTE = "RATE_LIMIT_CHECKOUTS_PER_MINUTE";
    static final String RATE_LIMIT_SIGNUPS_PER_HOUR = "RATE_LIMIT_SIGNUPS_PER_HOUR";
    static final String API_MAX_BODY_BYTES = "API_MAX_BODY_BYTES";

    /** How many emails, addresses and limit keys each limit remembers at most (a few MB). */
    static final int MAX_TRACKED_KEYS = 100_000;

    private Function<String, Optional<String>> values;
    private InvalidConfigurationException problem;
    private int maxFailuresPerEmail;
    private int maxFailuresPerAddress;
    private Duration throttleWindow;
    private TrustedProxies trustedProxies = TrustedProxies.none();
    private int checkoutsPerMinute;
    private int signupsPerHour;
    private long apiMaxBodyBytes;

    protected SecuritySettings() {
        // for CDI proxies
    }

    @Inject
    public SecuritySettings(Config config) {
        this(key -> config.getOptionalValue(key, String.class));
    }

    SecuritySettings(Function<String, Optional<String>> values) {
        this.values = values;
        try {
            maxFailuresPerEmail = positive(LOGIN_MAX_FAILURES_PER_EMAIL, 5);
            maxFailuresPerAddress = positive(LOGIN_MAX_FAILURES_PER_ADDRESS, 100);
            throttleWindow = Duration.ofSeconds(positive(LOGIN_THROTTLE_WINDOW_SECONDS, 900));
            checkoutsPerMinute = positive(RATE_LIMIT_CHECKOUTS_PER_MINUTE, 30);
            signupsPerHour = positive(RATE_LIMIT_SIGNUPS_PER_HOUR, 20);
            apiMaxBodyBytes = positive(API_MAX_BODY_BYTES, 64 * 1024);
            trustedProxies = trustedProxies(values.apply(TRUSTED_PROXIES).orElse(""));
        } catch (InvalidConfigurationException e) {
            problem = e;
        }
    }

    /** Throws the configuration problem, if there is one. */
    public void verify() {
        if (problem != null) {
            throw problem;
        }
    }

    public LoginThrottle newLoginThrottle(SignInFailures failures) {
        verify();
        return new LoginThrottle(maxFailuresPerEmail, maxFailuresPerAddress, throttleWindow, failures);
    }

    public RateLimiter newCheckoutLimiter() {
        verify();
        return new RateLimiter(checkoutsPerMinute, Duration.ofMinutes(1), MAX_TRACKED_KEYS);
    }

    public RateLimiter newSignupLimiter() {
        verify();
        return new RateLimiter(signupsPerHour, Duration.ofHours(1), MAX_TRACKED_KEYS);
    }

    public TrustedProxies trustedProxies() {
        return trustedProxies;
    }

    public long apiMaxBodyBytes() {
        return apiMaxBodyBytes;
    }

    private static TrustedProxies trustedProxies(String configured) {
        try {
            return TrustedProxies.parse(configured);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(TRUSTED_PROXIES + ": " + e.getMessage());
        }
    }

    private int positive(String key, int defaultValue) {
        Optional<String> configured = values.apply(key).map(String::trim).filter(v -> !v.isEmpty());
        if (configured.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(configured.get());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidConfigurationException(key + " must be a positive whole number; got '" + configured.get() + "'");
    }
}
