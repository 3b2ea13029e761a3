package com.marketplace.platform.kernel.json;

import com.marketplace.platform.kernel.error.BodyFieldsRefused;
import com.marketplace.platform.kernel.error.ErrorBody.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Every JSON request body of the API that binds to a record is checked against the record's
 * shape ({@link JsonBodyShape}) before JSON-B reads it, so a value JSON-B would coerce (1.5 into
 * 1) is a 400 naming the field instead. The original bytes go on to JSON-B unchanged. A body that
 * is not JSON at all is left to JSON-B, which refuses it as malformed. Webhooks never pass here:
 * their endpoints are servlets that read the raw bytes themselves.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || !context.getType().isRecord()) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        List<FieldError> mismatches = mismatches(body, context.getGenericType());
        if (!mismatches.isEmpty()) {
            throw new BodyFieldsRefused(mismatches);
        }
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    private static List<FieldError> mismatches(byte[] body, Type target) {
        if (body.length == 0) {
            return List.of();
        }
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            return JsonBodyShape.mismatches(parser, target);
        } catch (JsonException | NoSuchElementException notJson) {
            return List.of(); // JSON-B refuses it as malformed, with the usual answer
        }
    }
}
