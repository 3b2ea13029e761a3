package com.marketplace.platform.stripe.infrastructure;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.kernel.config.StripeSettings;
import com.stripe.StripeClient;
import com.stripe.net.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one configured stripe-java client, for the Stripe adapters (each feature's
 * {@code infrastructure} package; nothing else calls stripe-java). In sandbox mode every base URL
 * points at the local sandbox, so no request can leave the machine.
 *
 * <p>Every POST goes out with an idempotency key the adapter derives from the platform's own ids:
 * stripe-java's network retries, and a repeat after a crash, then return the first result instead
 * of creating a second object.
 */
@ApplicationScoped
public class StripeApi {

    static final int MAX_NETWORK_RETRIES = 2;
    static final int CONNECT_TIMEOUT_MS = 5_000;
    static final int READ_TIMEOUT_MS = 20_000;

    private MarketplaceConfig config;
    private volatile StripeClient client;

    protected StripeApi() {
        // for CDI proxies
    }

    @Inject
    public StripeApi(MarketplaceConfig config) {
        this.config = config;
    }

    public StripeClient client() {
        StripeClient built = client;
        if (built == null) {
            synchronized (this) {
                if (client == null) {
                    client = build(config.stripe());
                }
                built = client;
            }
        }
        return built;
    }

    /** Options for a POST on the platform's own account. */
    public RequestOptions idempotent(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    /** Options for a POST made as a connected account ({@code Stripe-Account}): Direct charges and their refunds. */
    public RequestOptions idempotentOnAccount(String idempotencyKey, String connectedAccountId) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).setStripeAccount(connectedAccountId).build();
    }

    /** Options for a read made as a connected account. */
    public RequestOptions onAccount(String connectedAccountId) {
        return RequestOptions.builder().setStripeAccount(connectedAccountId).build();
    }

    private static StripeClient build(StripeSettings settings) {
        StripeClient.StripeClientBuilder builder = StripeClient.builder()
                .setApiKey(settings.secretKey().reveal())
                .setMaxNetworkRetries(MAX_NETWORK_RETRIES)
                .setConnectTimeout(CONNECT_TIMEOUT_MS)
                .setReadTimeout(READ_TIMEOUT_MS);
        if (settings.isSandbox()) {
            String base = settings.apiBase().toString();
            builder.setApiBase(base).setConnectBase(base).setFilesBase(base).setMeterEventsBase(base);
        } else {
            builder.setApiBase(settings.apiBase().toString());
        }
        return builder.build();
    }
}
