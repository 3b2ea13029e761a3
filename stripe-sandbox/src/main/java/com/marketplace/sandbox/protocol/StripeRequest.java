package com.marketplace.sandbox.protocol;

import com.marketplace.sandbox.store.Ids;
import com.marketplace.sandbox.store.Scope;
import jakarta.enterprise.context.RequestScoped;

/**
 * What the protocol filters learned about the current API request: its parameters (form body
 * or query), the {@code Stripe-Account} scope, the API version and the idempotency key.
 */
@RequestScoped
public class StripeRequest {

    /** The version stripe-java 33.3.0 pins; used when a request names none (hosted pages, helpers). */
    public static final String DEFAULT_API_VERSION = "2026-07-29.dahlia";

    private Params params = new Params(new StripeObject());
    private Scope scope = Scope.PLATFORM;
    private String apiVersion = DEFAULT_API_VERSION;
    private String idempotencyKey;
    private final String requestId = Ids.next("req");
    private boolean apiRequest;

    public Params params() {
        return params;
    }

    public Scope scope() {
        return scope;
    }

    public String apiVersion() {
        return apiVersion;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String requestId() {
        return requestId;
    }

    void accept(Params params, Scope scope, String apiVersion, String idempotencyKey) {
        this.params = params;
        this.scope = scope;
        this.apiVersion = apiVersion == null || apiVersion.isBlank() ? DEFAULT_API_VERSION : apiVersion;
        this.idempotencyKey = idempotencyKey;
        this.apiRequest = true;
    }

    /** Stripe's {@code request} field of an event caused by this request. */
    public StripeObject eventRequest() {
        // Changes made on hosted pages or by the clock have no API request, as on Stripe.
        return apiRequest ? StripeObject.of("id", requestId, "idempotency_key", idempotencyKey)
                : StripeObject.of("id", null, "idempotency_key", null);
    }
}
