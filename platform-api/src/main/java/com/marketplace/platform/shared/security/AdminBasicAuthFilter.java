package com.marketplace.platform.shared.security;

import com.marketplace.platform.shared.config.MarketplaceConfig;
import com.marketplace.platform.shared.error.ErrorBody;
import com.marketplace.platform.shared.error.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Admin API access by HTTP Basic with {@code ADMIN_EMAIL}/{@code ADMIN_PASSWORD} (HTTPS in
 * production). The comparison takes the same time whatever matches, so timing reveals nothing.
 * Without configured credentials the admin API is closed, not open.
 */
@Provider
@AdminOnly
@Priority(Priorities.AUTHENTICATION)
public class AdminBasicAuthFilter implements ContainerRequestFilter {

    @Inject
    MarketplaceConfig config;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<MarketplaceConfig.AdminCredentials> admin = config.adminCredentials();
        Optional<String[]> presented = basicCredentials(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (admin.isEmpty() || presented.isEmpty()) {
            request.abortWith(challenge(admin.isEmpty() ? "The admin API is closed: ADMIN_EMAIL and ADMIN_PASSWORD are not configured"
                    : "Admin credentials are required (HTTP Basic)"));
            return;
        }
        boolean emailMatches = constantTimeEquals(admin.get().email(), presented.get()[0]);
        boolean passwordMatches = constantTimeEquals(admin.get().password().reveal(), presented.get()[1]);
        if (!(emailMatches & passwordMatches)) {
            request.abortWith(challenge("Wrong admin email or password"));
        }
    }

    private static Response challenge(String message) {
        return Response.fromResponse(ErrorBody.response(ErrorCode.NOT_AUTHENTICATED, message))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"marketplace-admin\"").build();
    }

    private static Optional<String[]> basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean constantTimeEquals(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
