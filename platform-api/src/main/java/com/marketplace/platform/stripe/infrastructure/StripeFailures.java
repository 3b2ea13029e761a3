package com.marketplace.platform.stripe.infrastructure;

import com.marketplace.platform.kernel.error.ApiException;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;

/**
 * Turns a stripe-java failure into the platform's error, without Stripe's message (it can name
 * objects and settings a client has no business seeing; the log keeps the request id).
 */
public final class StripeFailures {

    private StripeFailures() {
    }

    public static ApiException translate(String whatFailed, StripeException e) {
        boolean transientFailure = e instanceof ApiConnectionException || e instanceof RateLimitException
                || (e.getStatusCode() != null && e.getStatusCode() >= 500);
        if (transientFailure) {
            return new ApiException(ErrorCode.STRIPE_UNAVAILABLE, whatFailed + ": Stripe could not be reached; try again shortly");
        }
        return new ApiException(ErrorCode.STRIPE_ERROR, whatFailed + ": Stripe refused the request (request id "
                + (e.getRequestId() == null ? "unknown" : e.getRequestId()) + ")");
    }
}
