package com.marketplace.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A seller registered through the API and the HTTP Basic credentials they call it with. */
public record Registered(long id, String email, String password, String stripeAccountId) {

    public String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
