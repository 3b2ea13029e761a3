package com.marketplace.sandbox.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turning a fixture's example data into a neutral shape: same structure, no invented values. */
public final class Shapes {

    private Shapes() {
    }

    /** Every scalar leaf becomes null and every list empty; nested objects keep their keys. */
    @SuppressWarnings("unchecked")
    public static <T> T blank(T value) {
        if (value instanceof Map<?, ?> map) {
            StripeObject blanked = new StripeObject();
            map.forEach((key, item) -> blanked.put(key.toString(), blank(item)));
            return (T) blanked;
        }
        if (value instanceof List<?>) {
            return (T) new ArrayList<>();
        }
        return null;
    }

    /** Sets these fields of a template to their blank shape. */
    public static void blankFields(StripeObject object, List<String> fields) {
        fields.forEach(field -> object.put(field, blank(object.get(field))));
    }

    /** The top-level fields whose values differ, with their old values: Stripe's previous_attributes. */
    public static StripeObject previousAttributes(StripeObject before, StripeObject after) {
        StripeObject previous = new StripeObject();
        before.forEach((key, oldValue) -> {
            Object newValue = after.get(key);
            if (oldValue == null ? newValue != null : !oldValue.equals(newValue)) {
                previous.put(key, oldValue);
            }
        });
        return previous;
    }
}
