package com.marketplace.web.startup;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.kernel.lifecycle.MarketplaceStarted;
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
 * check, migrations) finished, its API answered once and, in sandbox mode, the Stripe sandbox it
 * talks to answered once (Payara starts that war after ROOT.war); the database has its own
 * readiness check.
 *
 * <p>Why the API must have answered: Payara Micro serves {@code /health} from its default module
 * until ROOT.war's context takes the root path (UP, with no checks at all, as soon as any
 * application started), and it runs this application's checks before its context serves requests:
 * measured, this check was called while {@code /api/products} still answered 404, and 503. So
 * "ready" means {@code /health/ready} is UP <em>and</em> lists this check, and this check is UP
 * only after {@link ApiProbe} saw {@code /api/products} answer 200.
 */
@Readiness
@ApplicationScoped
public class MarketplaceReadiness implements HealthCheck {

    public static final String NAME = "marketplace";

    @Inject
    ApiProbe api;

    @Inject
    MarketplaceConfig config;

    private volatile boolean started;
    private volatile boolean apiAnswered;
    private volatile boolean stripeAnswered;

    void started(@Observes MarketplaceStarted marketplaceStarted) {
        started = true;
    }

    @Override
    public HealthCheckResponse call() {
        if (!started) {
            return down("starting");
        }
        if (!apiAnswered) {
            apiAnswered = api.productsAnswer();
        }
        if (!apiAnswered) {
            return down("deploying");
        }
        // In test and live mode Stripe is Stripe: its outages are no reason to take instances out.
        if (!stripeAnswered) {
            stripeAnswered = !config.stripe().isSandbox() || api.stripeSandboxAnswers();
        }
        return stripeAnswered ? new HealthCheckResponse(NAME, Status.UP, Optional.empty()) : down("waiting for the Stripe sandbox");
    }

    private static HealthCheckResponse down(String state) {
        return new HealthCheckResponse(NAME, Status.DOWN, Optional.of(Map.of("state", state)));
    }
}
