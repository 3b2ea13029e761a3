package com.marketplace.platform.subscriptions.interfaces.rest;

import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.subscriptions.domain.SubscriptionGatewayFailure;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** Stripe failing while a subscription's command waits: 503 when it could not be reached, 502 when it refused. Details stay in the log. */
@Provider
public class SubscriptionGatewayFailureMapper implements ExceptionMapper<SubscriptionGatewayFailure> {

    private static final Logger LOG = Logger.getLogger(SubscriptionGatewayFailureMapper.class.getName());

    @Override
    public Response toResponse(SubscriptionGatewayFailure failure) {
        LOG.warning(failure.getMessage());
        return failure.isTransient()
                ? ErrorBody.response(ErrorCode.STRIPE_UNAVAILABLE, "Stripe could not be reached; try again shortly (repeating is safe)")
                : ErrorBody.response(ErrorCode.STRIPE_ERROR, "Stripe refused the request");
    }
}
