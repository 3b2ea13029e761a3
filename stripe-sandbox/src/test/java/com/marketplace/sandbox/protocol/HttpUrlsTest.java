package com.marketplace.sandbox.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HttpUrlsTest {

    @Test
    void absoluteHttpAndHttpsUrlsAreAcceptedWithStripesPlaceholder() {
        assertTrue(HttpUrls.isHttp("https://shop.example.com/checkout/success?session_id={CHECKOUT_SESSION_ID}"));
        assertTrue(HttpUrls.isHttp("http://127.0.0.1:8080/webhooks/stripe"));
        assertTrue(HttpUrls.isHttp("HTTPS://shop.example.com"));
    }

    @Test
    void scriptDataAndRelativeUrlsAreRefused() {
        assertFalse(HttpUrls.isHttp("javascript:alert(document.cookie)"));
        assertFalse(HttpUrls.isHttp("JavaScript://shop.example.com/%0Aalert(1)"));
        assertFalse(HttpUrls.isHttp("data:text/html,<script>alert(1)</script>"));
        assertFalse(HttpUrls.isHttp("/checkout/cancel"));
        assertFalse(HttpUrls.isHttp("//evil.example"));
        assertFalse(HttpUrls.isHttp("file:///etc/passwd"));
        assertFalse(HttpUrls.isHttp("gopher://127.0.0.1:3306/"));
    }

    @Test
    void urlsWithControlCharactersWhitespaceOrNoHostAreRefused() {
        assertFalse(HttpUrls.isHttp("https://shop.example.com/\nSet-Cookie: x"));
        assertFalse(HttpUrls.isHttp("https:///path"));
        assertFalse(HttpUrls.isHttp("https://user@evil.example"));
        assertFalse(HttpUrls.isHttp(" https://shop.example.com"));
        assertFalse(HttpUrls.isHttp(null));
    }

    @Test
    void aRefusalHasStripesShapeNamingTheParameter() {
        Params params = new Params(StripeObject.of("cancel_url", "javascript:alert(1)"));

        StripeError error = assertThrows(StripeError.class, () -> HttpUrls.optional(params, "cancel_url"));

        assertEquals(400, error.status());
        StripeObject body = error.body().map("error");
        assertEquals("invalid_request_error", body.string("type"));
        assertEquals("url_invalid", body.string("code"));
        assertEquals("cancel_url", body.string("param"));
        assertEquals("Not a valid URL", body.string("message"));
    }
}
