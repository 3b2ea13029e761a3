package com.marketplace.web.security;

import com.marketplace.platform.kernel.error.ErrorCode;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes the API's error body ({@code {"error": code, "message": ...}}) from places that sit in
 * front of JAX-RS: the authentication mechanism and the request filters.
 */
public final class ErrorWriter {

    private ErrorWriter() {
    }

    public static void write(HttpServletResponse response, ErrorCode code, String message) throws IOException {
        response.setStatus(code.status().getStatusCode());
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder().add("error", code.code()).add("message", message).build().toString());
    }
}
