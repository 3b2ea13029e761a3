package com.marketplace.sandbox.protocol;

import com.marketplace.sandbox.store.SandboxStore;
import com.marketplace.sandbox.store.SandboxTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Stripe's {@code expand[]}: a field holding an id is replaced by the object itself, along dotted
 * paths ({@code payment_intent.latest_charge}); {@code line_items} of a session is its item list.
 */
@ApplicationScoped
public class Expander {

    @Inject
    SandboxStore store;

    public StripeObject expand(StripeObject object, List<String> paths) {
        if (paths.isEmpty()) {
            return object;
        }
        return store.read(tx -> {
            StripeObject expanded = object.copy();
            for (String path : paths) {
                expandPath(tx, expanded, path.split("\\."), 0);
            }
            return expanded;
        });
    }

    /** A list answer's {@code expand[]}: paths start with {@code data.} and apply to every object of the page. */
    @SuppressWarnings("unchecked")
    public StripeObject expandList(StripeObject list, List<String> paths) {
        List<String> perObject = paths.stream().filter(path -> path.startsWith("data.")).map(path -> path.substring(5)).toList();
        if (perObject.isEmpty()) {
            return list;
        }
        List<Object> expanded = new java.util.ArrayList<>();
        for (Object item : list.list("data")) {
            expanded.add(expand(new StripeObject((java.util.Map<String, ?>) item), perObject));
        }
        StripeObject copy = list.copy();
        copy.put("data", expanded);
        return copy;
    }

    private void expandPath(SandboxTx tx, StripeObject object, String[] path, int index) {
        String field = path[index];
        if ("line_items".equals(field) && "checkout.session".equals(object.objectType())) {
            List<StripeObject> items = tx.children(object.id(), "item");
            object.put("line_items", StripeObject.list("/v1/checkout/sessions/" + object.id() + "/line_items", items, false));
            return;
        }
        Object value = object.get(field);
        if (value instanceof String id) {
            StripeObject target = tx.find(id).map(SandboxTx.ScopedObject::object).map(StripeObject::publicCopy).orElse(null);
            if (target == null) {
                return;
            }
            object.put(field, target);
            value = target;
        }
        if (index + 1 < path.length && value instanceof java.util.Map) {
            expandPath(tx, object.map(field), path, index + 1);
        }
    }
}
