package com.marketplace.platform.kernel.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body field of the wrong type is a 400 {@code validation_failed} naming it, as a Bean Validation failure is. */
@Provider
public class BodyFieldsRefusedMapper implements ExceptionMapper<BodyFieldsRefused> {

    @Override
    public Response toResponse(BodyFieldsRefused exception) {
        return ErrorBody.response(ErrorCode.VALIDATION_FAILED, exception.getMessage(), exception.fields());
    }
}
