package com.marketplace.platform.kernel.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

/**
 * The periodic loops the application runs (webhook worker, refund outbox, reconciler), by name. A
 * loop catches its own failures and never ends while the application runs, so one that did end
 * was killed by an {@link Error} (out of memory, a linkage error): nothing will restart it, and
 * {@link BackgroundLoopsCheck} tells the supervisor to restart the JVM.
 */
@ApplicationScoped
public class BackgroundLoops {

    private final Map<String, Future<?>> loops = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public void register(String name, Future<?> loop) {
        loops.put(name, loop);
    }

    /** Called when the application stops its loops on purpose: an ended loop is then no failure. */
    public void stopping() {
        stopping = true;
    }

    /** The loops that ended while the application still runs, sorted by name. */
    public List<String> ended() {
        if (stopping) {
            return List.of();
        }
        return loops.entrySet().stream().filter(loop -> loop.getValue().isDone()).map(Map.Entry::getKey).sorted().toList();
    }
}
