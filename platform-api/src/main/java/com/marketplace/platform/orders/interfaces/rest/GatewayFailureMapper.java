package com.marketplace.platform.orders.interfaces.rest;

import com.marketplace.platform.orders.domain.GatewayFailure;
import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.error.ErrorCode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** Stripe failing while a request waits for it: 503 when it could not be reached, 502 when it refused. Details stay in the log. */
@Provider
public class GatewayFailureMapper implements ExceptionMapper<GatewayFailure> {

    private static final Logger LOG = Logger.getLogger(GatewayFailureMapper.class.getName());

    @Override
    public Response toResponse(GatewayFailure failure) {
        LOG.warning(failure.getMessage());
        ErrorCode code = failure.isTransient() ? ErrorCode.STRIPE_UNAVAILABLE : ErrorCode.STRIPE_ERROR;
        String message = failure.isTransient() ? "Stripe could not be reached; try again shortly" : "Stripe refused the request";
        return ErrorBody.response(code, message);
    }
}
