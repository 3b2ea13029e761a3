package com.marketplace.platform.shared.security;

import com.marketplace.platform.shared.config.MarketplaceConfig;
import com.marketplace.platform.shared.error.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Works out who calls the API, from HTTP Basic credentials (HTTPS in production): the admin
 * ({@code ADMIN_EMAIL}/{@code ADMIN_PASSWORD}) or a seller (their email and password). No
 * credentials means anonymous; wrong credentials are refused with 401 whatever the resource, so a
 * typo never silently downgrades a caller to anonymous.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CallerAuthenticationFilter implements ContainerRequestFilter {

    @Inject
    MarketplaceConfig config;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Instance<SellerAuthenticator> sellers;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return;
        }
        Optional<Caller> caller = BasicCredentials.parse(authorization).flatMap(this::identify);
        if (caller.isEmpty()) {
            request.abortWith(Challenges.unauthorized(ErrorCode.NOT_AUTHENTICATED, "Wrong email or password"));
            return;
        }
        currentCaller.set(caller.get());
    }

    private Optional<Caller> identify(BasicCredentials credentials) {
        if (isAdmin(credentials)) {
            return Optional.of(Caller.admin());
        }
        if (sellers.isUnsatisfied()) {
            return Optional.empty();
        }
        return sellers.get().authenticate(credentials.user(), credentials.password()).map(Caller::seller);
    }

    // Compares both parts every time, so the answer's timing does not reveal which part matched.
    private boolean isAdmin(BasicCredentials credentials) {
        Optional<MarketplaceConfig.AdminCredentials> admin = config.adminCredentials();
        if (admin.isEmpty()) {
            return false;
        }
        boolean emailMatches = constantTimeEquals(admin.get().email(), credentials.user());
        boolean passwordMatches = constantTimeEquals(admin.get().password().reveal(), credentials.password());
        return emailMatches & passwordMatches;
    }

    private static boolean constantTimeEquals(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
