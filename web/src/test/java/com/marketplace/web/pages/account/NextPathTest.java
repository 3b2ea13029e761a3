package com.marketplace.web.pages.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NextPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/seller", "/seller/products/42", "/admin/orders?status=DISPUTED&offset=20", "/products/7#buy-form",
            "/checkout/success?session_id=cs_test_123", "/seller/orders/%31"})
    void aPathOnThisSiteIsKept(String next) {
        assertEquals(Optional.of(next), NextPath.of(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // browsers drop tabs and line breaks, then see //evil.example: another host
            "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/\u0000/evil.example",
            // browsers read a backslash as a slash
            "/\\evil.example", "/\\/evil.example", "\\\\evil.example",
            // network-path references and absolute URLs name another host outright
            "//evil.example", "///evil.example", "https://evil.example", "http://evil.example/seller", "HTTPS://evil.example",
            "javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "mailto:a@evil.example",
            // not a path at all, or not one from here
            "evil.example", "seller", "", " /seller", "/seller ", "/sel ler",
            // the same tricks percent-encoded, for whatever decodes the path before redirecting
            "/%09/evil.example", "/%0d%0a/evil.example", "/%5Cevil.example", "/%2F/evil.example", "/%2f%2fevil.example",
            // non-ASCII and a malformed escape
            "/sélection", "/%zz",
            // the sign-in page itself would be a loop
            "/login", "/login?next=/admin"})
    void anythingElseIsRefused(String next) {
        assertEquals(Optional.empty(), NextPath.of(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/\u0085/evil.example", "/\u2028/evil.example", "/\u007f/evil.example"})
    void otherControlAndSeparatorCharactersAreRefused(String next) {
        assertEquals(Optional.empty(), NextPath.of(next));
    }

    @Test
    void nothingGivenMeansNoNextPath() {
        assertEquals(Optional.empty(), NextPath.of(null));
    }

    @Test
    void anAbsurdlyLongPathIsRefused() {
        assertEquals(Optional.empty(), NextPath.of("/" + "a".repeat(NextPath.MAX_LENGTH)));
    }
}
