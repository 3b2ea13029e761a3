package com.marketplace.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after too many failed sign-ins within a window, for one email or from
 * one client address, further attempts are refused until the oldest failure leaves the window, even
 * with the right password. A success clears the email's failures (not the address's: one account
 * an attacker owns must not whitewash the guesses made from that address). Kept in this process'
 * memory: each instance throttles on its own, which bounds guesses per instance, not globally.
 */
public class LoginThrottle {

    /** Beyond this many tracked keys, expired entries are swept before a new one is added. */
    private static final int SWEEP_ABOVE = 10_000;

    private final int maxFailuresPerEmail;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailuresPerEmail, int maxFailuresPerAddress, Duration window) {
        if (maxFailuresPerEmail < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("throttle limits and window must be positive");
        }
        this.maxFailuresPerEmail = maxFailuresPerEmail;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
    }

    /** How long the caller must wait before trying again, when they must. */
    public Optional<Duration> waitBeforeTrying(String email, String address, Instant now) {
        Optional<Duration> forEmail = wait(emailKey(email), maxFailuresPerEmail, now);
        Optional<Duration> forAddress = wait(addressKey(address), maxFailuresPerAddress, now);
        if (forEmail.isPresent() && forAddress.isPresent()) {
            return Optional.of(forEmail.get().compareTo(forAddress.get()) >= 0 ? forEmail.get() : forAddress.get());
        }
        return forEmail.isPresent() ? forEmail : forAddress;
    }

    public void failed(String email, String address, Instant now) {
        if (failures.size() > SWEEP_ABOVE) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    prune(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
        record(emailKey(email), maxFailuresPerEmail, now);
        record(addressKey(address), maxFailuresPerAddress, now);
    }

    public void succeeded(String email) {
        failures.remove(emailKey(email));
    }

    private Optional<Duration> wait(String key, int max, Instant now) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            prune(recent, now);
            if (recent.size() < max) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, recent.peekFirst().plus(window)));
        }
    }

    private void record(String key, int max, Instant now) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
            // Only the newest `max` failures can decide a wait; older ones need not be kept.
            while (recent.size() > max) {
                recent.removeFirst();
            }
        }
    }

    private void prune(Deque<Instant> recent, Instant now) {
        Instant horizon = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
            recent.removeFirst();
        }
    }

    private static String emailKey(String email) {
        return "email:" + AdminAccounts.normalize(email == null ? "" : email);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
