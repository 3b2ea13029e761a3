package com.marketplace.platform.kernel.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The marketplace's configuration, typed and defaulted in one place (keys in {@link ConfigKeys}).
 * Resolved once when first used; the start-up check touches it so a bad configuration stops the
 * application before it serves anything.
 */
@ApplicationScoped
public class MarketplaceConfig {

    private Config config;
    private InvalidConfigurationException problem;
    private StripeSettings stripe;
    private int port;
    private URI publicBaseUrl;

    protected MarketplaceConfig() {
        // for CDI proxies
    }

    @Inject
    public MarketplaceConfig(Config config) {
        this.config = config;
    }

    // A bad configuration is kept, not thrown here: whichever bean touches the configuration first
    // must not turn the refusal into an obscure deployment error. The start-up check reports it.
    @PostConstruct
    void resolve() {
        try {
            port = value(ConfigKeys.PORT).map(MarketplaceConfig::parsePort).orElse(ConfigKeys.DEFAULT_PORT);
            publicBaseUrl = value(ConfigKeys.PUBLIC_BASE_URL)
                    .map(url -> URI.create(url.replaceAll("/+$", "")))
                    .orElse(URI.create("http://localhost:" + port));
            stripe = new StripeSettingsResolver(this::value).resolve(port);
        } catch (InvalidConfigurationException e) {
            problem = e;
        }
    }

    /** The Stripe settings; throws the configuration problem when the configuration was refused. */
    public StripeSettings stripe() {
        if (problem != null) {
            throw problem;
        }
        return stripe;
    }

    public MarketplaceMode mode() {
        return stripe.mode();
    }

    public int port() {
        return port;
    }

    /** Where buyers and sellers reach the pages; the base of Stripe return and refresh URLs. */
    public URI publicBaseUrl() {
        return publicBaseUrl;
    }

    /** The first admin's credentials, when configured (both keys, non-blank). */
    public Optional<AdminCredentials> adminCredentials() {
        Optional<String> email = value(ConfigKeys.ADMIN_EMAIL).map(String::trim).filter(v -> !v.isEmpty());
        Optional<String> password = value(ConfigKeys.ADMIN_PASSWORD).filter(v -> !v.isEmpty());
        return email.flatMap(e -> password.map(p -> new AdminCredentials(e, Secret.of(p))));
    }

    /** Integer settings with a default, for tuning knobs that are not secrets (worker intervals, retries). */
    public long longValue(String key, long defaultValue) {
        return value(key).map(String::trim).map(Long::parseLong).orElse(defaultValue);
    }

    /** Text settings with a default, for choices that are not secrets (the kind of seller account). */
    public String stringValue(String key, String defaultValue) {
        return value(key).map(String::trim).filter(v -> !v.isEmpty()).orElse(defaultValue);
    }

    public record AdminCredentials(String email, Secret password) {
    }

    private Optional<String> value(String key) {
        return config.getOptionalValue(key, String.class);
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidConfigurationException("PORT must be a number between 1 and 65535; got '" + value + "'");
    }
}
