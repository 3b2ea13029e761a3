package com.marketplace.web.startup;

import com.marketplace.platform.shared.config.MarketplaceConfig;
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
 * Asks this very process for {@code GET /api/products?limit=1} over the loopback interface, on the
 * port Payara listens on ({@code PORT}): the one proof that the application is deployed and serves
 * its API, rather than an inference from start-up events whose order relative to the HTTP mapping
 * Payara does not promise.
 */
@ApplicationScoped
public class ApiProbe {

    private static final Logger LOG = Logger.getLogger(ApiProbe.class.getName());
    // The first request initialises JAX-RS and the persistence unit's queries: seconds on a busy machine.
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Inject
    MarketplaceConfig config;

    // One probe at a time: readiness polls arriving meanwhile wait for its answer instead of adding requests.
    public synchronized boolean answers() {
        URI products = URI.create("http://127.0.0.1:" + config.port() + "/api/products?limit=1");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        try {
            int status = http.send(HttpRequest.newBuilder(products).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                LOG.log(Level.INFO, "readiness: {0} answered {1}; not ready yet", new Object[] {products, status});
            }
            return status == 200;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "readiness: {0} did not answer ({1}); is PORT the port Payara listens on?", new Object[] {products, e.toString()});
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
