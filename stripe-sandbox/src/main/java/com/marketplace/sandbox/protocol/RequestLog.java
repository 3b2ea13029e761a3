package com.marketplace.sandbox.protocol;

import com.marketplace.sandbox.store.SandboxClock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The API requests the sandbox received ({@code /v1/...}, recorded by {@link StripeProtocolFilter}),
 * newest last, so a test can prove what the platform asked Stripe, or that it asked nothing. Kept
 * in memory and bounded: a log of the recent past, not an archive.
 */
@ApplicationScoped
public class RequestLog {

    static final int CAPACITY = 20_000;

    private final Deque<Entry> entries = new ArrayDeque<>();

    /** {@code path} with its query string, as received; {@code account} the {@code Stripe-Account} header, or null. */
    public record Entry(String method, String path, String account, long receivedAt) {
    }

    synchronized void record(String method, String path, String account) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(new Entry(method, path, account, SandboxClock.nowSeconds()));
    }

    /** The requests whose path (query included) contains {@code fragment}, oldest first; all of them for an empty fragment. */
    public synchronized List<Entry> matching(String fragment) {
        return entries.stream().filter(entry -> entry.path().contains(fragment)).toList();
    }
}
