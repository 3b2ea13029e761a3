package com.marketplace.platform.kernel.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A domain refusal answered with its published code's status and the same JSON body as every error. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal refusal) {
        return ErrorBody.response(errorCodeOf(refusal), refusal.getMessage());
    }

    /** The published code of a refusal: its reason's name (RefusalsTest checks every reason has one). */
    public static ErrorCode errorCodeOf(Refusal refusal) {
        return ErrorCode.valueOf(refusal.reason().name());
    }
}
