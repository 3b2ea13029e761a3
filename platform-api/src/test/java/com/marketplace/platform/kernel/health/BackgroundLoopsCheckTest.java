package com.marketplace.platform.kernel.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Liveness says DOWN when a background loop was killed, and only then. */
class BackgroundLoopsCheckTest {

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
    private final BackgroundLoopsCheck check = new BackgroundLoopsCheck();

    BackgroundLoopsCheckTest() {
        check.loops = new BackgroundLoops();
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void runningLoopsAreAlive() {
        check.loops.register("webhook inbox loop 1", executor.scheduleWithFixedDelay(() -> { }, 0, 10, TimeUnit.MILLISECONDS));

        HealthCheckResponse response = check.call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals("background-loops", response.getName());
    }

    @Test
    void aLoopKilledByAnErrorMakesTheJvmNotLiveNamingTheLoop() throws Exception {
        check.loops.register("refund outbox", executor.scheduleWithFixedDelay(() -> { }, 0, 10, TimeUnit.MILLISECONDS));
        ScheduledFuture<?> killed = executor.scheduleWithFixedDelay(() -> {
            throw new OutOfMemoryError("simulated");
        }, 0, 10, TimeUnit.MILLISECONDS);
        check.loops.register("webhook inbox loop 2", killed);
        awaitDone(killed);

        HealthCheckResponse response = check.call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("webhook inbox loop 2", response.getData().orElseThrow().get("ended"));
    }

    @Test
    void loopsEndedOnPurposeAtShutdownAreNoFailure() throws Exception {
        ScheduledFuture<?> loop = executor.scheduleWithFixedDelay(() -> { }, 0, 10, TimeUnit.MILLISECONDS);
        check.loops.register("reconciler", loop);

        check.loops.stopping();
        loop.cancel(false);

        assertEquals(HealthCheckResponse.Status.UP, check.call().getStatus());
    }

    private static void awaitDone(ScheduledFuture<?> future) throws InterruptedException {
        for (int i = 0; i < 200 && !future.isDone(); i++) {
            Thread.sleep(10);
        }
        assertTrue(future.isDone(), "the loop should have ended");
    }
}
