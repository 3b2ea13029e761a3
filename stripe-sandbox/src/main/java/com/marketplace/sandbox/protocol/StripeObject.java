package com.marketplace.sandbox.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Stripe API object as JSON-shaped Java: an ordered map of fields whose values are strings,
 * longs, booleans, nulls, nested maps and lists. Typed getters keep the services readable.
 */
public class StripeObject extends LinkedHashMap<String, Object> {

    public StripeObject() {
    }

    public StripeObject(Map<String, ?> fields) {
        super(fields);
    }

    public static StripeObject of(Object... keysAndValues) {
        StripeObject object = new StripeObject();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    public String id() {
        return string("id");
    }

    public String objectType() {
        return string("object");
    }

    public String string(String field) {
        Object value = get(field);
        return value == null ? null : value.toString();
    }

    public long longValue(String field) {
        Object value = get(field);
        return value == null ? 0L : ((Number) value).longValue();
    }

    public Long optionalLong(String field) {
        Object value = get(field);
        return value == null ? null : ((Number) value).longValue();
    }

    public boolean bool(String field) {
        return Boolean.TRUE.equals(get(field));
    }

    @SuppressWarnings("unchecked")
    public StripeObject map(String field) {
        Object value = get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof StripeObject object) {
            return object;
        }
        StripeObject converted = new StripeObject((Map<String, ?>) value);
        put(field, converted);
        return converted;
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String field) {
        Object value = get(field);
        return value == null ? new ArrayList<>() : (List<Object>) value;
    }

    /** A deep copy: stored objects are never shared between requests. */
    public StripeObject copy() {
        return (StripeObject) deepCopy(this);
    }

    @SuppressWarnings("unchecked")
    static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            StripeObject copy = new StripeObject();
            map.forEach((key, item) -> copy.put((String) key, deepCopy(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(deepCopy(item)));
            return copy;
        }
        return value;
    }

    /**
     * The object as Stripe would show it: the sandbox's own bookkeeping fields ({@code sandbox_*})
     * are removed, at any depth.
     */
    public StripeObject publicCopy() {
        StripeObject copy = copy();
        stripSandboxFields(copy);
        return copy;
    }

    private static void stripSandboxFields(Object value) {
        if (value instanceof Map<?, ?> map) {
            map.keySet().removeIf(key -> key.toString().startsWith("sandbox_"));
            map.values().forEach(StripeObject::stripSandboxFields);
        } else if (value instanceof List<?> list) {
            list.forEach(StripeObject::stripSandboxFields);
        }
    }

    /** Stripe's list envelope. */
    public static StripeObject list(String url, List<? extends Map<String, Object>> data, boolean hasMore) {
        return of("object", "list", "data", new ArrayList<>(data), "has_more", hasMore, "url", url);
    }
}
