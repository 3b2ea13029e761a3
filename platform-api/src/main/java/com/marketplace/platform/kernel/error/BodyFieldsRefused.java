package com.marketplace.platform.kernel.error;

import com.marketplace.platform.kernel.error.ErrorBody.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** A request body whose fields do not have the types the API takes (a fraction where a whole number belongs). */
public class BodyFieldsRefused extends RuntimeException {

    private final List<FieldError> fields;

    public BodyFieldsRefused(List<FieldError> fields) {
        super("Invalid " + fields.stream().map(FieldError::field).distinct().collect(Collectors.joining(", ")) + ": "
                + fields.stream().map(field -> field.field() + " " + field.message()).collect(Collectors.joining("; ")));
        this.fields = List.copyOf(fields);
    }

    public List<FieldError> fields() {
        return fields;
    }
}
