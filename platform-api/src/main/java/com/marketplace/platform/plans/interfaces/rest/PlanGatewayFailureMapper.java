package com.marketplace.platform.plans.interfaces.rest;

import com.marketplace.platform.kernel.error.ErrorBody;
import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.platform.plans.domain.PlanGatewayFailure;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/** Stripe failing while a plan's command waits: 503 when it could not be reached, 502 when it refused. Details stay in the log. */
@Provider
public class PlanGatewayFailureMapper implements ExceptionMapper<PlanGatewayFailure> {

    private static final Logger LOG = Logger.getLogger(PlanGatewayFailureMapper.class.getName());

    @Override
    public Response toResponse(PlanGatewayFailure failure) {
        LOG.warning(failure.getMessage());
        ErrorCode code = failure.isTransient() ? ErrorCode.STRIPE_UNAVAILABLE : ErrorCode.STRIPE_ERROR;
        String message = failure.isTransient() ? "Stripe could not be reached; nothing is offered to buyers yet, try again shortly"
                : "Stripe refused the request";
        return ErrorBody.response(code, message);
    }
}
