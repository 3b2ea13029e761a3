package com.marketplace.platform.kernel.json;

import com.marketplace.platform.kernel.error.ErrorBody.FieldError;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a JSON body has the shape of the Java type it is about to be bound to. JSON-B coerces
 * where a client deserves a refusal: {@code 1.5} becomes {@code 1}, {@code "13"} becomes
 * {@code 13}, {@code 99999999999} wraps around to {@code 1215752191}, {@code 1} becomes
 * {@code false} and {@code true} becomes {@code "true"}. Here a whole-number field takes only an
 * integer literal in its type's range ({@code 13.0} and {@code 1e0} are refused too: the literal
 * is read as written, which a parsed number no longer tells), a boolean only {@code true} or
 * {@code false}, a string only a string, a record only an object and a list only an array; each
 * mismatch is named by its path ({@code items[0].quantity}). {@code null} is left to Bean
 * Validation ({@code @NotNull}), unknown properties are skipped as JSON-B ignores them, and types
 * it has no rule for (maps, {@code Object}) pass unchecked.
 */
public final class JsonBodyShape {

    private static final String WHOLE_NUMBER = "must be a whole number";
    private static final Pattern INTEGER_LITERAL = Pattern.compile("-?[0-9]+");
    private static final Map<Class<?>, Range> WHOLE_NUMBERS = Map.of(
            Integer.class, Range.of(Integer.MIN_VALUE, Integer.MAX_VALUE), int.class, Range.of(Integer.MIN_VALUE, Integer.MAX_VALUE),
            Long.class, Range.of(Long.MIN_VALUE, Long.MAX_VALUE), long.class, Range.of(Long.MIN_VALUE, Long.MAX_VALUE),
            Short.class, Range.of(Short.MIN_VALUE, Short.MAX_VALUE), short.class, Range.of(Short.MIN_VALUE, Short.MAX_VALUE),
            Byte.class, Range.of(Byte.MIN_VALUE, Byte.MAX_VALUE), byte.class, Range.of(Byte.MIN_VALUE, Byte.MAX_VALUE));

    private JsonBodyShape() {
    }

    /**
     * Every place where the document {@code parser} is at the start of does not fit {@code target},
     * in document order; empty when it fits. A document that is not JSON throws the parser's
     * {@link jakarta.json.JsonException}.
     */
    public static List<FieldError> mismatches(JsonParser parser, Type target) {
        List<FieldError> found = new ArrayList<>();
        if (parser.hasNext()) {
            check(parser, parser.next(), target, "", found);
        }
        return found;
    }

    // Reads exactly the one value that starts with `event`, checked or skipped.
    private static void check(JsonParser parser, Event event, Type target, String path, List<FieldError> found) {
        Class<?> type = rawClass(target);
        if (type == Optional.class) {
            check(parser, event, typeArgument(target), path, found);
        } else if (event == Event.VALUE_NULL) {
            if (type != null && type.isPrimitive()) {
                found.add(new FieldError(fieldName(path), type == boolean.class ? "must be true or false" : WHOLE_NUMBER));
            }
        } else if (type == null || type == Object.class) {
            skip(parser, event);
        } else if (WHOLE_NUMBERS.containsKey(type) || type == BigInteger.class) {
            wholeNumber(parser, event, WHOLE_NUMBERS.get(type), path, found);
        } else if (type == Boolean.class || type == boolean.class) {
            expect(parser, event, event == Event.VALUE_TRUE || event == Event.VALUE_FALSE, "must be true or false", path, found);
        } else if (type == String.class || type.isEnum()) {
            expect(parser, event, event == Event.VALUE_STRING, "must be a string", path, found);
        } else if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            expect(parser, event, event == Event.VALUE_NUMBER, "must be a number", path, found);
        } else if (type.isRecord()) {
            if (expect(parser, event, event == Event.START_OBJECT, "must be an object", path, found)) {
                components(parser, type, path, found);
            }
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            if (expect(parser, event, event == Event.START_ARRAY, "must be an array", path, found)) {
                elements(parser, type.isArray() ? componentType(target, type) : typeArgument(target), path, found);
            }
        } else {
            skip(parser, event);
        }
    }

    private static void components(JsonParser parser, Class<?> record, String path, List<FieldError> found) {
        Map<String, RecordComponent> byName = new HashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            if (!component.getAccessor().isAnnotationPresent(JsonbTransient.class)) {
                byName.put(jsonName(component), component);
            }
        }
        for (Event key = parser.next(); key != Event.END_OBJECT; key = parser.next()) {
            String name = parser.getString();
            Event value = parser.next();
            RecordComponent component = byName.get(name);
            if (component == null) {
                skip(parser, value); // unknown to the record: JSON-B ignores it, so may we
            } else {
                check(parser, value, component.getGenericType(), path.isEmpty() ? name : path + "." + name, found);
            }
        }
    }

    private static void elements(JsonParser parser, Type elementType, String path, List<FieldError> found) {
        int index = 0;
        for (Event element = parser.next(); element != Event.END_ARRAY; element = parser.next()) {
            check(parser, element, elementType, fieldName(path) + "[" + index++ + "]", found);
        }
    }

    private static void wholeNumber(JsonParser parser, Event event, Range range, String path, List<FieldError> found) {
        if (event != Event.VALUE_NUMBER || !INTEGER_LITERAL.matcher(parser.getString()).matches()) {
            skip(parser, event);
            found.add(new FieldError(fieldName(path), WHOLE_NUMBER));
        } else if (range != null && !range.contains(new BigDecimal(parser.getString()))) {
            found.add(new FieldError(fieldName(path), WHOLE_NUMBER + " between " + range.min() + " and " + range.max()));
        }
    }

    // True when the value fits; a value that does not is skipped whole.
    private static boolean expect(JsonParser parser, Event event, boolean fits, String message, String path, List<FieldError> found) {
        if (!fits) {
            skip(parser, event);
            found.add(new FieldError(fieldName(path), message));
        }
        return fits;
    }

    private static void skip(JsonParser parser, Event event) {
        if (event == Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == Event.START_ARRAY) {
            parser.skipArray();
        }
    }

    // JSON-B's name for a component: the name given by @JsonbProperty (on the component, it reaches
    // the accessor), else the component's own name.
    private static String jsonName(RecordComponent component) {
        JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static String fieldName(String path) {
        return path.isEmpty() ? "request" : path;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> raw) {
            return raw;
        }
        if (type instanceof ParameterizedType parameterized) {
            return rawClass(parameterized.getRawType());
        }
        if (type instanceof GenericArrayType generic) {
            Class<?> component = rawClass(generic.getGenericComponentType());
            return component == null ? null : component.arrayType();
        }
        if (type instanceof WildcardType wildcard) {
            return rawClass(wildcard.getUpperBounds()[0]);
        }
        return null; // a type variable: nothing known to check against
    }

    private static Type typeArgument(Type type) {
        return type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0] : Object.class;
    }

    private static Type componentType(Type target, Class<?> array) {
        return target instanceof GenericArrayType generic ? generic.getGenericComponentType() : array.getComponentType();
    }

    private record Range(BigDecimal min, BigDecimal max) {

        static Range of(long min, long max) {
            return new Range(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
        }

        boolean contains(BigDecimal number) {
            return number.compareTo(min) >= 0 && number.compareTo(max) <= 0;
        }
    }
}
