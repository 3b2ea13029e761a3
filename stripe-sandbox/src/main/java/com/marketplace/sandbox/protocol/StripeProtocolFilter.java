package com.marketplace.sandbox.protocol;

import com.marketplace.sandbox.store.Scope;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Stripe's wire protocol around every {@code /v1} request: API key authentication, the
 * {@code Stripe-Account} scope, form/query parameters, and {@code Idempotency-Key} semantics
 * (same key and parameters replay the first response; different parameters are a 400
 * {@code idempotency_error}; a key still in flight is a 409). Every request is noted in the
 * {@link RequestLog} first, refused or not.
 */
@Provider
public class StripeProtocolFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String RESERVED = "sandbox.idempotency.reserved";

    @Inject
    StripeRequest request;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    RequestLog requestLog;

    @Inject
    com.marketplace.sandbox.store.SandboxStore store;

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        String path = context.getUriInfo().getPath();
        if (!path.startsWith("v1/") && !path.equals("v1")) {
            return;
        }
        String query = context.getUriInfo().getRequestUri().getRawQuery();
        requestLog.record(context.getMethod(), "/" + path + (query == null ? "" : "?" + query), context.getHeaderString("Stripe-Account"));
        String apiKey = apiKey(context.getHeaderString(HttpHeaders.AUTHORIZATION));
        String body = "";
        if (context.hasEntity()) {
            byte[] bytes = context.getEntityStream().readAllBytes();
            body = new String(bytes, StandardCharsets.UTF_8);
            context.setEntityStream(new ByteArrayInputStream(bytes));
        }
        String encoded = "GET".equals(context.getMethod()) || "DELETE".equals(context.getMethod())
                ? context.getUriInfo().getRequestUri().getRawQuery() : body;
        Scope scope = Scope.of(context.getHeaderString("Stripe-Account"));
        refuseDeauthorized(scope, path);
        String idempotencyKey = context.getHeaderString("Idempotency-Key");
        request.accept(new Params(FormCodec.decode(encoded)), scope, context.getHeaderString("Stripe-Version"),
                "POST".equals(context.getMethod()) ? idempotencyKey : null);

        if ("POST".equals(context.getMethod()) && idempotencyKey != null && !idempotencyKey.isBlank()) {
            IdempotencyKeys.Reservation reservation = idempotencyKeys.reserve(apiKey, scope, idempotencyKey,
                    context.getMethod() + " /" + path + "?" + body);
            if (reservation.replay() != null) {
                context.abortWith(Response.status(reservation.replay().status())
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .header("Idempotent-Replayed", "true")
                        .header("Idempotency-Key", idempotencyKey)
                        .entity(reservation.replay().body())
                        .build());
                return;
            }
            context.setProperty(RESERVED, reservation.scopeKey());
        }
    }

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
        Object reserved = requestContext.getProperty(RESERVED);
        if (reserved == null) {
            return;
        }
        int status = responseContext.getStatus();
        Object entity = responseContext.getEntity();
        String body = entity instanceof String text ? text : JsonText.write(entity);
        if (status >= 500) {
            // Stripe does not keep a failed-on-its-side result: the client's retry runs again.
            idempotencyKeys.release((String) reserved);
        } else {
            idempotencyKeys.complete((String) reserved, status, body);
        }
    }

    /**
     * An account that disconnected the platform is out of its reach, as on Stripe: any request
     * with it as {@code Stripe-Account}, or on {@code /v1/accounts/{id}}, is a 403 {@code account_invalid}.
     */
    private void refuseDeauthorized(Scope scope, String path) {
        String accountId = scope.isPlatform() ? ACCOUNT_PATH.matcher(path).results().map(match -> match.group(1)).findFirst().orElse(null)
                : scope.accountId();
        if (accountId != null && store.read(tx -> com.marketplace.sandbox.accounts.Deauthorizations.isDeauthorized(tx, accountId))) {
            throw com.marketplace.sandbox.accounts.Deauthorizations.refused(accountId);
        }
    }

    private static final java.util.regex.Pattern ACCOUNT_PATH = java.util.regex.Pattern.compile("^v1/accounts/(acct_[A-Za-z0-9]+)");

    private static String apiKey(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw StripeError.authentication("You did not provide an API key. You need to provide your API key in the "
                    + "Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
        }
        String key;
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            key = authorization.substring(7).trim();
        } else if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            key = decoded.split(":", 2)[0];
        } else {
            throw StripeError.authentication("Invalid API Key provided: the Authorization header must use Bearer auth.");
        }
        if (!(key.startsWith("sk_test_") || key.startsWith("rk_test_")) || key.length() < 10) {
            // Like Stripe, show only the start of what was sent; a live key never works here.
            String shown = key.length() <= 8 ? "****" : key.substring(0, Math.min(8, key.length())) + "****";
            throw StripeError.authentication("Invalid API Key provided: " + shown);
        }
        return key;
    }
}
