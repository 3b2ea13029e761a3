package com.marketplace.platform.kernel.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: whether the JVM should be restarted. UP unless a background loop ended, which only an
 * {@link Error} can do and nothing short of a restart repairs: webhooks would pile up unprocessed
 * and refunds unsent while every request still answers. A database outage is not a liveness
 * failure (a restart does not bring the database back): readiness reports it.
 */
@Liveness
@ApplicationScoped
public class BackgroundLoopsCheck implements HealthCheck {

    static final String NAME = "background-loops";

    @Inject
    BackgroundLoops loops;

    @Override
    public HealthCheckResponse call() {
        List<String> ended = loops.ended();
        return ended.isEmpty() ? new HealthCheckResponse(NAME, Status.UP, Optional.empty())
                : new HealthCheckResponse(NAME, Status.DOWN, Optional.of(Map.of("ended", String.join(", ", ended))));
    }
}
