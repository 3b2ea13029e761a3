package com.marketplace.platform.kernel.error;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not JSON, or not of the expected shape (a number where text belongs):
 * the JSON-B provider fails while reading it. The client's mistake, so 400, not a 500 incident.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return ErrorBody.response(ErrorCode.MALFORMED_REQUEST, "The request body is not valid JSON of the expected shape");
    }
}
