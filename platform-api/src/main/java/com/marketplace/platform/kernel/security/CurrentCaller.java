package com.marketplace.platform.kernel.security;

import com.marketplace.platform.kernel.ids.SellerId;
import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;

/**
 * The caller of the current request, as the container's authentication (Jakarta Security, see the
 * web module's mechanism) established it from a session or HTTP Basic credentials, and the checks
 * resources and pages make before they touch a seller's data.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    HttpServletRequest request;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = CallerPrincipals.callerOf(request.getUserPrincipal());
        }
        return caller;
    }

    /**
     * Lets the admin or the seller themselves through. Anyone else learns nothing: anonymous
     * callers are asked to authenticate, another seller gets the same answer as for an id that does
     * not exist ({@code notFound}), so ids cannot be probed.
     */
    public void requireActingFor(SellerId seller, Supplier<ApiException> notFound) {
        requireAuthenticated();
        if (!get().mayActFor(seller)) {
            throw notFound.get();
        }
    }

    /** {@link #requireActingFor} for a seller's own resources: another seller's id is "no seller with id". */
    public SellerId requireActingForSeller(long sellerId) {
        SellerId seller = new SellerId(sellerId);
        requireActingFor(seller, () -> new ApiException(ErrorCode.SELLER_NOT_FOUND, "No seller with id " + seller));
        return seller;
    }

    public void requireAuthenticated() {
        if (get().isAnonymous()) {
            throw new ApiException(ErrorCode.NOT_AUTHENTICATED, "Sign in first: send your email and password (HTTP Basic), or sign in on the pages");
        }
    }

    public void requireAdmin() {
        requireAuthenticated();
        if (!get().isAdmin()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Only an admin may do this");
        }
    }
}
