package com.marketplace.web.openapi;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Undoes what Payara 6's OpenAPI scanner writes that OpenAPI tools refuse or generate poorly: the
 * non-standard top-level {@code endpoints} list, every unset attribute of a {@code @Schema}
 * annotation written out as its default ({@code maxProperties: 0}, {@code nullable: false}, ...),
 * a body class declared in {@code @APIResponse} copied inline instead of referenced (and an array
 * of one written as an array with the element's properties), optional path
 * parameters, Java's long written as a bare {@code number}, defaults of integer parameters written as
 * strings, and the {@code default} response
 * of a method without {@code @APIResponse} (JAX-RS answers a returned entity with 200).
 */
final class PayaraOutput {

    private final Map<String, Schema> components;

    PayaraOutput(Map<String, Schema> components) {
        this.components = components == null ? Map.of() : components;
    }

    // Payara's model class carries the list of endpoints beside the standard fields and writes it
    // out when it is not empty; the MicroProfile model has no way to reach it.
    void dropEndpointList(OpenAPI api) {
        try {
            Method getter = api.getClass().getMethod("getEndpoints");
            Object endpoints = getter.invoke(api);
            if (endpoints instanceof Map<?, ?> map) {
                map.clear();
            }
        } catch (NoSuchMethodException absent) {
            // Another implementation: nothing to drop (OpenApiDocumentIT checks the key is absent).
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not drop Payara's endpoint list from the API description", e);
        }
    }

    void clean(Operation operation) {
        for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.PATH) {
                parameter.setRequired(true);
            }
            Schema schema = parameter.getSchema();
            if (schema != null) {
                strip(schema);
                if (schema.getType() == Schema.SchemaType.INTEGER && schema.getDefaultValue() instanceof String text) {
                    schema.setDefaultValue(Long.valueOf(text));
                }
            }
        }
        if (operation.getRequestBody() != null) {
            referenceComponents(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() == null) {
            return;
        }
        Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
        if (responses.size() == 1 && responses.containsKey("default")) {
            APIResponse only = responses.get("default");
            operation.getResponses().removeAPIResponse("default");
            operation.getResponses().addAPIResponse("200", only.description("OK"));
        }
        operation.getResponses().getAPIResponses().values().forEach(response -> referenceComponents(response.getContent()));
    }

    void cleanComponents() {
        components.values().forEach(PayaraOutput::strip);
    }

    private void referenceComponents(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().values().forEach(mediaType -> {
            Schema schema = mediaType.getSchema();
            if (schema != null) {
                strip(schema);
                // @Schema(type = ARRAY, implementation = X.class) comes out as an array with X's properties.
                if (schema.getType() == Schema.SchemaType.ARRAY && schema.getProperties() != null) {
                    Schema element = schema.getItems() != null ? schema.getItems()
                            : OASFactory.createSchema().type(Schema.SchemaType.OBJECT).properties(schema.getProperties());
                    schema.setProperties(null);
                    schema.setItems(referenced(element));
                }
                mediaType.setSchema(referenced(schema));
            }
        });
    }

    // The same class scanned twice (as a return type and in @APIResponse) comes out once as a
    // component and once inline: the inline copy is replaced by a reference to its component.
    private Schema referenced(Schema inline) {
        if (inline.getRef() != null || inline.getProperties() == null || inline.getProperties().isEmpty()) {
            return inline;
        }
        String shape = shape(inline);
        List<String> same = components.entrySet().stream().filter(entry -> shape.equals(shape(entry.getValue())))
                .map(Map.Entry::getKey).toList();
        return same.size() == 1 ? OASFactory.createSchema().ref("#/components/schemas/" + same.get(0)) : inline;
    }

    private static String shape(Schema schema) {
        if (schema == null) {
            return "-";
        }
        if (schema.getRef() != null) {
            return schema.getRef();
        }
        Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : new LinkedHashMap<>(schema.getProperties());
        return schema.getType() + "[" + shape(schema.getItems()) + "]{" + properties.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + ":" + shape(entry.getValue())).collect(Collectors.joining(",")) + "}";
    }

    /** Removes the attributes Payara copies from an annotation's defaults; a real constraint is never 0 or false here. */
    static void strip(Schema schema) {
        if (schema == null) {
            return;
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        // Payara writes long as a bare "number"; a decimal (java.math.BigDecimal) is mapped with its format
        // in microprofile-config.properties, so a bare number is always a whole one.
        if (schema.getType() == Schema.SchemaType.NUMBER && schema.getFormat() == null) {
            schema.setType(Schema.SchemaType.INTEGER);
            schema.setFormat("int64");
        }
        typedExample(schema);
        if (Objects.equals(schema.getMinLength(), 0)) {
            schema.setMinLength(null);
        }
        if (Objects.equals(schema.getMaxProperties(), 0)) {
            schema.setMaxProperties(null);
        }
        if (Objects.equals(schema.getMinProperties(), 0)) {
            schema.setMinProperties(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(PayaraOutput::strip);
        }
        strip(schema.getItems());
        strip(schema.getAdditionalPropertiesSchema());
        for (List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                composed.forEach(PayaraOutput::strip);
            }
        }
    }

    // Payara writes every @Schema(example = ...) as a string, "2500" for an integer too: an example
    // must have its schema's type, so numbers and booleans are written as such (after the fix of
    // the type above). An example that does not read as its type is left as written.
    private static void typedExample(Schema schema) {
        if (!(schema.getExample() instanceof String text) || schema.getType() == null) {
            return;
        }
        try {
            switch (schema.getType()) {
                case INTEGER -> schema.setExample(Long.valueOf(text));
                case NUMBER -> schema.setExample(new java.math.BigDecimal(text));
                case BOOLEAN -> {
                    if (text.equals("true") || text.equals("false")) {
                        schema.setExample(Boolean.valueOf(text));
                    }
                }
                default -> { }
            }
        } catch (NumberFormatException notANumber) {
            // left as written: the document's check shows it
        }
    }
}
