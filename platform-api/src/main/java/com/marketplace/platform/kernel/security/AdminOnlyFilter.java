package com.marketplace.platform.kernel.security;

import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.error.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Guards {@link AdminOnly} resources: anonymous callers get 401, sellers 403.
 */
@Provider
@AdminOnly
@Priority(Priorities.AUTHORIZATION)
public class AdminOnlyFilter implements ContainerRequestFilter {

    @Inject
    CurrentCaller currentCaller;

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = currentCaller.get();
        if (caller.isAdmin()) {
            return;
        }
        if (caller.isAnonymous()) {
            request.abortWith(Challenges.unauthorized(ErrorCode.NOT_AUTHENTICATED,
                    "Admin credentials are required (HTTP Basic, or an admin's signed-in session)"));
            return;
        }
        request.abortWith(ErrorBody.response(ErrorCode.FORBIDDEN, "Only an admin may do this"));
    }
}
