package com.marketplace.web.security;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Failed sign-ins in this process' memory, bounded by {@link BoundedKeys}: each instance would count
 * on its own, so the marketplace counts in the database; this one serves the throttle's rules in
 * unit tests and a throttle that needs no database.
 */
public final class MemorySignInFailures implements SignInFailures {

    private final BoundedKeys<Deque<Instant>> failures;

    public MemorySignInFailures(int maxTrackedKeys) {
        this.failures = new BoundedKeys<>(maxTrackedKeys);
    }

    @Override
    public List<Instant> record(String key, Instant at, Instant after, int keep) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, after);
            recent.addLast(at);
            while (recent.size() > keep) {
                recent.removeFirst();
            }
            return newestFirst(recent, keep);
        }
    }

    @Override
    public List<Instant> recent(String key, Instant after, int limit) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return List.of();
        }
        synchronized (recent) {
            prune(recent, after);
            return newestFirst(recent, limit);
        }
    }

    @Override
    public void clear(String key) {
        failures.remove(key);
    }

    /** How many emails and addresses are remembered now. */
    int trackedKeys() {
        return failures.size();
    }

    private static void prune(Deque<Instant> recent, Instant after) {
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(after)) {
            recent.removeFirst();
        }
    }

    private static List<Instant> newestFirst(Deque<Instant> recent, int limit) {
        List<Instant> newest = new ArrayList<>();
        Iterator<Instant> it = recent.descendingIterator();
        while (it.hasNext() && newest.size() < limit) {
            newest.add(it.next());
        }
        return newest;
    }
}
