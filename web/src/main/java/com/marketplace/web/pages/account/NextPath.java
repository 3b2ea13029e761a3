package com.marketplace.web.pages.account;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where the sign-in page may send someone afterwards ({@code next}): only a path on this site. An
 * open redirect would let a phishing link borrow this site's sign-in page. Browsers are lenient:
 * they drop tabs and line breaks from URLs and read a backslash as a slash, so
 * {@code /\t/evil.example} and {@code /\evil.example} both become {@code //evil.example}, another
 * host. Hence the rule accepts printable ASCII only, no backslash, a URI without scheme or
 * authority whose path starts with one slash, and checks the percent-decoded path the same way
 * (a server or a framework further on may decode it before redirecting).
 */
public final class NextPath {

    /** Longer than any link of this site; a longer value is not worth parsing. */
    static final int MAX_LENGTH = 2048;

    private NextPath() {
    }

    public static Optional<String> of(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || !printableAsciiWithoutBackslash(next)
                || !startsWithOneSlash(next)) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(next);
        } catch (URISyntaxException notAUri) {
            return Optional.empty();
        }
        if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getHost() != null || uri.getRawPath() == null) {
            return Optional.empty();
        }
        String decodedPath = uri.getPath();
        if (!startsWithOneSlash(decodedPath) || !printableAsciiWithoutBackslash(decodedPath)) {
            return Optional.empty();
        }
        // Back to the sign-in page would be a loop.
        if (decodedPath.equals("/login") || decodedPath.startsWith("/login/")) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    private static boolean startsWithOneSlash(String path) {
        return path.startsWith("/") && !path.startsWith("//");
    }

    private static boolean printableAsciiWithoutBackslash(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
