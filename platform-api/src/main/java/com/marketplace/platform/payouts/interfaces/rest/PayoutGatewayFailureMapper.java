package com.marketplace.platform.payouts.interfaces.rest;

import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.payouts.domain.PayoutGatewayFailure;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** Stripe failing while a balance is read: 503 when it could not be reached, 502 when it refused. Details stay in the log. */
@Provider
public class PayoutGatewayFailureMapper implements ExceptionMapper<PayoutGatewayFailure> {

    private static final Logger LOG = Logger.getLogger(PayoutGatewayFailureMapper.class.getName());

    @Override
    public Response toResponse(PayoutGatewayFailure failure) {
        LOG.warning(failure.getMessage());
        return failure.isTransient()
                ? ErrorBody.response(ErrorCode.STRIPE_UNAVAILABLE, "Stripe could not be reached; try again shortly")
                : ErrorBody.response(ErrorCode.STRIPE_ERROR, "Stripe refused the request");
    }
}
