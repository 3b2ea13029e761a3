package com.marketplace.web.startup;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks over HTTP whether the application really serves: this very process for
 * {@code GET /api/products?limit=1} over the loopback interface, on the port Payara listens on
 * ({@code PORT}), and in sandbox mode the Stripe sandbox the marketplace talks to. The one proof
 * that the wars are deployed and serve, rather than an inference from start-up events whose order
 * relative to the HTTP mapping Payara does not promise.
 */
@ApplicationScoped
public class ApiProbe {

    private static final Logger LOG = Logger.getLogger(ApiProbe.class.getName());
    // The first request initialises JAX-RS and the persistence unit's queries: seconds on a busy machine.
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Inject
    MarketplaceConfig config;

    // One probe at a time: readiness polls arriving meanwhile wait for its answer instead of adding requests.
    public synchronized boolean productsAnswer() {
        URI products = URI.create("http://127.0.0.1:" + config.port() + "/api/products?limit=1");
        return answer(products) == 200;
    }

    /**
     * Whether the Stripe sandbox answers as Stripe does to a request without a key (401, Stripe's
     * error shape). Not deployed yet, its path answers 404 from the marketplace's own context.
     */
    public synchronized boolean stripeSandboxAnswers() {
        return answer(URI.create(config.stripe().apiBase() + "/v1/accounts")) == 401;
    }

    private static int answer(URI uri) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        try {
            int status = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            LOG.log(Level.FINE, "readiness: {0} answered {1}", new Object[] {uri, status});
            return status;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "readiness: {0} did not answer ({1}); is PORT the port Payara listens on?", new Object[] {uri, e.toString()});
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
