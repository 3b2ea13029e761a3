package com.marketplace.platform.shared.security;

import com.marketplace.platform.shared.config.MarketplaceConfig;
import com.marketplace.platform.shared.error.ErrorBody;
import com.marketplace.platform.shared.error.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Guards {@link AdminOnly} resources: anonymous callers get 401, sellers 403. Without configured
 * admin credentials the admin API is closed, not open.
 */
@Provider
@AdminOnly
@Priority(Priorities.AUTHORIZATION)
public class AdminOnlyFilter implements ContainerRequestFilter {

    @Inject
    MarketplaceConfig config;

    @Inject
    CurrentCaller currentCaller;

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = currentCaller.get();
        if (caller.isAdmin()) {
            return;
        }
        if (caller.isAnonymous()) {
            request.abortWith(Challenges.unauthorized(ErrorCode.NOT_AUTHENTICATED, config.adminCredentials().isEmpty()
                    ? "The admin API is closed: ADMIN_EMAIL and ADMIN_PASSWORD are not configured"
                    : "Admin credentials are required (HTTP Basic)"));
            return;
        }
        request.abortWith(ErrorBody.response(ErrorCode.FORBIDDEN, "Only an admin may do this"));
    }
}
