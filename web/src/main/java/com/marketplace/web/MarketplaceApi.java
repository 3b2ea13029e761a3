package com.marketplace.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API under {@code /api}. Resources and exception mappers live in the module jars and are
 * found by scanning, so a module adds an endpoint without touching this class.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Marketplace API", version = "1",
        description = "Stripe Connect marketplace: catalog, checkout, orders, sellers and fees. "
                + "Amounts are integer minor units with a lowercase ISO currency."))
public class MarketplaceApi extends Application {
}
