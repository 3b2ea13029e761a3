package com.marketplace.platform.kernel.error;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The JSON body of every error: {@code {"error": code, "message": words}}, plus {@code fields}
 * naming each bad input when validation failed (null fields are left out of the JSON).
 */
@JsonbPropertyOrder({"error", "message", "fields"})
public record ErrorBody(String error, String message, List<FieldError> fields) {

    public static Response response(ErrorCode code, String message) {
        return response(code, message, null);
    }

    public static Response response(ErrorCode code, String message, List<FieldError> fields) {
        return Response.status(code.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(code.code(), message, fields))
                .build();
    }

    /** One rejected input: its name as the client sent it, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
