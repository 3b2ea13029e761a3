package com.marketplace.sandbox.protocol;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decodes Stripe's form encoding into nested {@link StripeObject}s:
 * {@code line_items[0][price_data][unit_amount]=1500} becomes
 * {@code {line_items: [{price_data: {unit_amount: "1500"}}]}}, {@code expand[]=a&expand[]=b} a list.
 * Values stay strings; services convert them where they know the type, as Stripe does.
 */
public final class FormCodec {

    private FormCodec() {
    }

    public static StripeObject decode(String encoded) {
        StripeObject root = new StripeObject();
        if (encoded == null || encoded.isBlank()) {
            return root;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            put(root, path(key), value);
        }
        return (StripeObject) listify(root);
    }

    static List<String> path(String key) {
        List<String> path = new ArrayList<>();
        int bracket = key.indexOf('[');
        if (bracket < 0) {
            path.add(key);
            return path;
        }
        path.add(key.substring(0, bracket));
        int position = bracket;
        while (position < key.length() && key.charAt(position) == '[') {
            int close = key.indexOf(']', position);
            if (close < 0) {
                throw StripeError.invalidRequest("Invalid parameter name: " + key, key);
            }
            path.add(key.substring(position + 1, close));
            position = close + 1;
        }
        return path;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> node, List<String> path, String value) {
        Map<String, Object> current = node;
        for (int i = 0; i < path.size() - 1; i++) {
            String segment = path.get(i);
            String next = path.get(i + 1);
            Object child = current.get(segment);
            if (!(child instanceof Map)) {
                // "[]" segments append: give each its own slot, keeping arrival order.
                child = new TreeMap<String, Object>(FormCodec::compareKeys);
                current.put(segment, child);
            }
            if (next.isEmpty()) {
                Map<String, Object> slots = (Map<String, Object>) child;
                path.set(i + 1, String.valueOf(slots.size()));
            }
            current = (Map<String, Object>) child;
        }
        String last = path.get(path.size() - 1);
        if (last.isEmpty()) {
            last = String.valueOf(current.size());
        }
        current.put(last, value);
    }

    private static int compareKeys(String a, String b) {
        boolean numericA = a.matches("\\d+");
        boolean numericB = b.matches("\\d+");
        if (numericA && numericB) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return a.compareTo(b);
    }

    /** Maps whose keys are all indexes become lists; everything else stays an object. */
    private static Object listify(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return value;
        }
        boolean indexed = !map.isEmpty() && map.keySet().stream().allMatch(key -> key.toString().matches("\\d+"));
        if (indexed && map instanceof TreeMap) {
            List<Object> list = new ArrayList<>();
            map.values().forEach(item -> list.add(listify(item)));
            return list;
        }
        StripeObject object = new StripeObject();
        map.forEach((key, item) -> object.put(key.toString(), listify(item)));
        return object;
    }
}
