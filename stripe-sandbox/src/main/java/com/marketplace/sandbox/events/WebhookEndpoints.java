package com.marketplace.sandbox.events;

import com.marketplace.sandbox.protocol.StripeObject;
import com.marketplace.sandbox.protocol.Templates;
import com.marketplace.sandbox.store.Ids;
import com.marketplace.sandbox.store.SandboxClock;
import com.marketplace.sandbox.store.SandboxTx;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where events go. Two endpoints come from configuration, as a platform registers them in the
 * Dashboard: the platform endpoint (events of the platform's own objects) and the Connect endpoint
 * (events on connected accounts, with {@code account} set). More can be added through
 * {@code POST /v1/webhook_endpoints}, as on Stripe; their secret is shown once, at creation.
 */
@ApplicationScoped
public class WebhookEndpoints {

    static final String OBJECT = "webhook_endpoint";
    public static final String DEFAULT_PLATFORM_SECRET = "whsec_sandbox_platform";
    public static final String DEFAULT_CONNECT_SECRET = "whsec_sandbox_connect";

    @Inject
    Config config;

    /** Creates or refreshes the two configured endpoints; called at start-up. */
    public void registerConfigured(SandboxTx tx) {
        String port = config.getOptionalValue("PORT", String.class).orElse("8080");
        String base = "http://127.0.0.1:" + port;
        upsert(tx, "we_sandbox_platform",
                config.getOptionalValue("SANDBOX_WEBHOOK_URL", String.class).orElse(base + "/webhooks/stripe"),
                config.getOptionalValue("STRIPE_WEBHOOK_SECRET", String.class).orElse(DEFAULT_PLATFORM_SECRET), false);
        upsert(tx, "we_sandbox_connect",
                config.getOptionalValue("SANDBOX_CONNECT_WEBHOOK_URL", String.class).orElse(base + "/webhooks/stripe/connect"),
                config.getOptionalValue("STRIPE_CONNECT_WEBHOOK_SECRET", String.class).orElse(DEFAULT_CONNECT_SECRET), true);
    }

    public StripeObject create(SandboxTx tx, String url, List<String> enabledEvents, boolean connect, String description) {
        StripeObject endpoint = newEndpoint(Ids.next("we"), url, "whsec_" + Ids.random(32), connect);
        endpoint.put("enabled_events", enabledEvents.isEmpty() ? List.of("*") : enabledEvents);
        endpoint.put("description", description);
        tx.insert(Scope.PLATFORM, endpoint, null, "enabled");
        return endpoint;
    }

    public List<StripeObject> all(SandboxTx tx) {
        return tx.byLookupKey(OBJECT, "enabled").stream().map(SandboxTx.ScopedObject::object).toList();
    }

    /** Endpoints an event goes to: Connect endpoints for account events, platform endpoints otherwise. */
    public List<StripeObject> matching(SandboxTx tx, Scope scope, String eventType) {
        return all(tx).stream()
                .filter(endpoint -> endpoint.bool("sandbox_connect") != scope.isPlatform())
                .filter(endpoint -> endpoint.list("enabled_events").stream()
                        .anyMatch(enabled -> "*".equals(enabled) || eventType.equals(enabled)))
                .toList();
    }

    public Optional<StripeObject> find(SandboxTx tx, String id) {
        return tx.find(id).map(SandboxTx.ScopedObject::object).filter(found -> OBJECT.equals(found.objectType()));
    }

    /** The endpoint as the API shows it after creation: the signing secret is never listed again. */
    public static StripeObject publicView(StripeObject endpoint) {
        return endpoint.publicCopy();
    }

    /** The answer to the creation request, the one time Stripe shows the signing secret. */
    public static StripeObject creationView(StripeObject endpoint) {
        StripeObject view = endpoint.publicCopy();
        view.put("secret", endpoint.string("sandbox_secret"));
        return view;
    }

    private void upsert(SandboxTx tx, String id, String url, String secret, boolean connect) {
        StripeObject endpoint = newEndpoint(id, url, secret, connect);
        if (tx.find(id).isPresent()) {
            tx.update(endpoint, "enabled");
        } else {
            tx.insert(Scope.PLATFORM, endpoint, null, "enabled");
        }
    }

    private static StripeObject newEndpoint(String id, String url, String secret, boolean connect) {
        StripeObject endpoint = Templates.of(OBJECT);
        endpoint.put("id", id);
        endpoint.put("api_version", null);
        endpoint.put("application", null);
        endpoint.put("created", SandboxClock.nowSeconds());
        endpoint.put("description", connect ? "Connect endpoint (configured)" : "Platform endpoint (configured)");
        endpoint.put("enabled_events", List.of("*"));
        endpoint.put("livemode", false);
        endpoint.put("metadata", new StripeObject());
        endpoint.put("status", "enabled");
        endpoint.put("url", url);
        endpoint.put("sandbox_secret", secret);
        endpoint.put("sandbox_connect", connect);
        return endpoint;
    }
}
