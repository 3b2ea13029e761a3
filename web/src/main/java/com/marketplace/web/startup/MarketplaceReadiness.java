package com.marketplace.web.startup;

import com.marketplace.platform.shared.lifecycle.MarketplaceStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the marketplace itself, named {@value #NAME}: DOWN until its start-up (configuration
 * check, migrations) finished and its API answered once; the database has its own readiness check.
 *
 * <p>Why the API must have answered: Payara Micro serves {@code /health} from the root context as
 * soon as that context is mapped, while JAX-RS initialises on the first request (seconds, here), and
 * before any application started it answers from its default module (UP, with no checks, once any
 * application, e.g. the sandbox, started). Measured: {@code /health} UP while {@code /api/products}
 * still answered 404, then timed out. So "ready" means {@code /health/ready} is UP <em>and</em>
 * lists this check, and this check is UP only after {@link ApiProbe} saw {@code /api/products} answer 200.
 */
@Readiness
@ApplicationScoped
public class MarketplaceReadiness implements HealthCheck {

    public static final String NAME = "marketplace";

    @Inject
    ApiProbe api;

    private volatile boolean started;
    private volatile boolean apiAnswered;

    void started(@Observes MarketplaceStarted marketplaceStarted) {
        started = true;
    }

    @Override
    public HealthCheckResponse call() {
        if (!started) {
            return down("starting");
        }
        if (!apiAnswered) {
            apiAnswered = api.answers();
        }
        return apiAnswered ? new HealthCheckResponse(NAME, Status.UP, Optional.empty()) : down("deploying");
    }

    private static HealthCheckResponse down(String state) {
        return new HealthCheckResponse(NAME, Status.DOWN, Optional.of(Map.of("state", state)));
    }
}
