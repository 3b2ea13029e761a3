package com.marketplace.sandbox.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Stripe's own example object of each type (fixtures3.json), from which the sandbox starts every
 * object it creates. Fields the sandbox manages are then set from the request and its state;
 * references the fixture makes to objects that do not exist here are cleared by the services.
 */
public final class Templates {

    private static final StripeObject RESOURCES = load();

    private Templates() {
    }

    public static StripeObject of(String objectType) {
        StripeObject template = RESOURCES.map(objectType);
        if (template == null) {
            throw new IllegalArgumentException("no Stripe fixture for " + objectType);
        }
        return template.copy();
    }

    /** A copy of the fixture with these fields set to null (they would point at objects that do not exist). */
    public static StripeObject of(String objectType, List<String> cleared) {
        StripeObject object = of(objectType);
        cleared.forEach(field -> object.put(field, null));
        return object;
    }

    private static StripeObject load() {
        try (InputStream in = Templates.class.getResourceAsStream("/sandbox/stripe-fixtures3.json")) {
            if (in == null) {
                throw new IllegalStateException("sandbox/stripe-fixtures3.json is missing from the sandbox war");
            }
            return JsonText.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8)).map("resources");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
