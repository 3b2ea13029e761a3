package com.marketplace.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBasicHeaderGivesUserAndPassword() {
        assertEquals(Optional.of(new BasicCredentials("ada@example.com", "s3cret")),
                BasicCredentials.parse(basic("ada@example.com:s3cret")));
    }

    @Test
    void thePasswordMayContainColons() {
        assertEquals(Optional.of(new BasicCredentials("admin", "a:b:c")), BasicCredentials.parse(basic("admin:a:b:c")));
    }

    @Test
    void anEmptyPasswordIsKept() {
        assertEquals(Optional.of(new BasicCredentials("admin", "")), BasicCredentials.parse(basic("admin:")));
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        String header = "basic " + basic("admin:pw").substring(6);

        assertEquals(Optional.of(new BasicCredentials("admin", "pw")), BasicCredentials.parse(header));
    }

    @Test
    void nonAsciiCredentialsAreReadAsUtf8() {
        assertEquals(Optional.of(new BasicCredentials("zoë", "pässwörd")), BasicCredentials.parse(basic("zoë:pässwörd")));
    }

    @Test
    void noHeaderIsNoCredentials() {
        assertEquals(Optional.empty(), BasicCredentials.parse(null));
    }

    @Test
    void anotherSchemeIsNoCredentials() {
        assertEquals(Optional.empty(), BasicCredentials.parse("Bearer " + basic("admin:pw").substring(6)));
        assertEquals(Optional.empty(), BasicCredentials.parse("Basic"));
    }

    @Test
    void garbageBase64IsNoCredentials() {
        assertEquals(Optional.empty(), BasicCredentials.parse("Basic !!!not-base64!!!"));
    }

    @Test
    void credentialsWithoutAColonAreNoCredentials() {
        assertEquals(Optional.empty(), BasicCredentials.parse(basic("adminpw")));
    }

    @Test
    void toStringHidesThePassword() {
        String text = new BasicCredentials("admin", "s3cret").toString();

        assertFalse(text.contains("s3cret"), text);
        assertTrue(text.contains("admin"), text);
    }
}
