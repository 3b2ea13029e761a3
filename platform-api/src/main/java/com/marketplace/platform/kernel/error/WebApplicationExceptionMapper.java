package com.marketplace.platform.kernel.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the JAX-RS runtime raises itself (no such path, wrong method, unreadable body) get the
 * same JSON shape as the platform's own, so {@code /api/**} never answers with an HTML page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        ErrorCode code = ErrorCode.forStatus(status);
        Response.ResponseBuilder response = Response.fromResponse(
                ErrorBody.response(code, messageFor(code, status)));
        // 405 must still say which methods are allowed.
        if (exception.getResponse().getAllowedMethods() != null && !exception.getResponse().getAllowedMethods().isEmpty()) {
            response.allow(exception.getResponse().getAllowedMethods());
        }
        return response.status(status).build();
    }

    private String messageFor(ErrorCode code, int status) {
        String path = uriInfo == null ? "this path" : uriInfo.getRequestUri().getPath();
        return switch (code) {
            case NOT_FOUND -> "No resource at " + path;
            case METHOD_NOT_ALLOWED -> "This method is not allowed on " + path;
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json";
            case NOT_ACCEPTABLE -> "This resource answers application/json";
            case MALFORMED_REQUEST -> "The request could not be read (HTTP " + status + ")";
            case INTERNAL_ERROR -> "Something went wrong on our side";
            default -> "Request refused (HTTP " + status + ")";
        };
    }
}
