package com.marketplace.platform.kernel.error;

import com.marketplace.platform.kernel.security.Challenges;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Override
    public Response toResponse(ApiException exception) {
        if (exception.code().status() == Response.Status.UNAUTHORIZED) {
            return Challenges.unauthorized(exception.code(), exception.getMessage());
        }
        return ErrorBody.response(exception.code(), exception.getMessage());
    }
}
