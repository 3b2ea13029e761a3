package com.marketplace.sandbox.protocol;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Request parameters with Stripe's validation messages: a missing required one is
 * {@code parameter_missing}, a malformed one {@code parameter_invalid}, each naming the param.
 */
public final class Params {

    private final StripeObject values;
    private final String prefix;

    public Params(StripeObject values) {
        this(values, "");
    }

    private Params(StripeObject values, String prefix) {
        this.values = values == null ? new StripeObject() : values;
        this.prefix = prefix;
    }

    public StripeObject raw() {
        return values;
    }

    public boolean has(String key) {
        return values.containsKey(key) && !"".equals(values.get(key));
    }

    public Optional<String> string(String key) {
        Object value = values.get(key);
        return value == null || "".equals(value) ? Optional.empty() : Optional.of(value.toString());
    }

    public String requiredString(String key) {
        return string(key).orElseThrow(() -> StripeError.missingParam(name(key)));
    }

    public Optional<Long> longValue(String key) {
        return string(key).map(value -> {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw StripeError.invalidRequest("Invalid integer: " + value, name(key));
            }
        });
    }

    public long requiredLong(String key) {
        return longValue(key).orElseThrow(() -> StripeError.missingParam(name(key)));
    }

    public Optional<Boolean> bool(String key) {
        return string(key).map(value -> switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw StripeError.invalidRequest("Invalid boolean: " + value, name(key));
        });
    }

    public Params child(String key) {
        Object value = values.get(key);
        if (value != null && !(value instanceof Map)) {
            throw StripeError.invalidRequest("Invalid object", name(key));
        }
        return new Params(value == null ? null : values.map(key), name(key));
    }

    @SuppressWarnings("unchecked")
    public List<Params> children(String key) {
        Object value = values.get(key);
        if (value == null || "".equals(value)) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw StripeError.invalidRequest("Invalid array", name(key));
        }
        java.util.ArrayList<Params> children = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (!(item instanceof Map)) {
                throw StripeError.invalidRequest("Invalid array", name(key));
            }
            children.add(new Params(new StripeObject((Map<String, ?>) item), name(key) + "[" + i + "]"));
        }
        return children;
    }

    public List<String> strings(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return List.of(value.toString());
    }

    /** {@code metadata[...]}: string keys to string values, as Stripe stores them. */
    public StripeObject metadata() {
        StripeObject metadata = new StripeObject();
        Object value = values.get("metadata");
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> metadata.put(key.toString(), item == null ? "" : item.toString()));
        }
        return metadata;
    }

    public String name(String key) {
        return prefix.isEmpty() ? key : prefix + "[" + key + "]";
    }
}
