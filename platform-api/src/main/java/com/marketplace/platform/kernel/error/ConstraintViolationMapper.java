package com.marketplace.platform.kernel.error;

import com.marketplace.platform.kernel.error.ErrorBody.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bean Validation failures become 400 {@code validation_failed}, naming every bad field the way
 * the client wrote it: a query or path parameter by its name, a body property by its path
 * ({@code quantity}, {@code price.amount}), never the Java method that received it.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<FieldError> fields = exception.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldName(violation), violation.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String message = "Invalid " + fields.stream().map(FieldError::field).distinct()
                .collect(Collectors.joining(", ")) + ": " + fields.stream()
                .map(field -> field.field() + " " + field.message()).collect(Collectors.joining("; "));
        return ErrorBody.response(ErrorCode.VALIDATION_FAILED, message, fields);
    }

    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            // Skip the resource method and its parameter index: the client never saw them.
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && isBodyParameter(violation, node)) {
                continue;
            }
            if (node.getName() != null && !node.getName().isEmpty()) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.length() == 0 ? "request" : name.toString();
    }

    // A violation inside a request body has nodes after the parameter (method.body.quantity);
    // the parameter's own name ("body") would only confuse the client.
    private static boolean isBodyParameter(ConstraintViolation<?> violation, Path.Node parameter) {
        boolean seen = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (seen) {
                return true;
            }
            seen = node == parameter;
        }
        return false;
    }
}
