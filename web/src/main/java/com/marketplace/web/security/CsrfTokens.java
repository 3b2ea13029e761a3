package com.marketplace.web.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret token every state-changing form carries as {@value #FIELD} (scripts send it as
 * {@value #HEADER}). Two kinds, so that looking at the shop never needs an HTTP session:
 * <ul>
 *   <li><b>Signed in</b>: one token per HTTP session (synchronizer token pattern). It changes when
 *   someone signs in, so a token seen before sign-in is worth nothing after.</li>
 *   <li><b>Anonymous</b> (the Buy form, sign-in, sign-up): a random token in a cookie of its own,
 *   which the form must repeat (double-submit cookie). Another site can neither read the cookie
 *   nor set it, so it cannot put the right token in a forged form; the cookie is HttpOnly and
 *   SameSite=Lax, and behind HTTPS it is a {@code __Host-} cookie, which a sibling subdomain
 *   cannot overwrite either. A signature would add nothing here: with no session to bind it to,
 *   anyone may obtain a validly signed token, so what protects the form is that the cookie
 *   cannot be planted.</li>
 * </ul>
 */
public final class CsrfTokens {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    /** The anonymous token's cookie on plain HTTP (development, the sandbox). */
    static final String COOKIE = "marketplace_csrf";
    /** ... and behind HTTPS: bound to this exact host, Secure, path "/". */
    static final String SECURE_COOKIE = "__Host-marketplace_csrf";
    // The servlet context attribute saying which of the two cookies this deployment uses.
    static final String COOKIE_NAME_ATTRIBUTE = CsrfTokens.class.getName() + ".cookie";

    private static final String SESSION_ATTRIBUTE = CsrfTokens.class.getName();
    private static final String ISSUED_ATTRIBUTE = CsrfTokens.class.getName() + ".issued";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    /**
     * The token for this visitor's forms: the session's when someone is signed in; otherwise the
     * anonymous cookie's, issuing a new one when the visitor has none ({@link #sendIssuedCookie}
     * then sets the cookie). Never creates a session.
     */
    public static String tokenFor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (SignedInCaller.of(session).isPresent()) {
            String token = (String) session.getAttribute(SESSION_ATTRIBUTE);
            return token != null ? token : rotate(session);
        }
        Object issued = request.getAttribute(ISSUED_ATTRIBUTE);
        if (issued instanceof String token) {
            return token;
        }
        Optional<String> existing = cookieToken(request);
        if (existing.isPresent()) {
            return existing.get();
        }
        String token = newToken();
        request.setAttribute(ISSUED_ATTRIBUTE, token);
        return token;
    }

    /** Sets the anonymous token's cookie when {@link #tokenFor} issued one while this response was prepared. */
    public static void sendIssuedCookie(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(ISSUED_ATTRIBUTE) instanceof String token && !response.isCommitted()) {
            String name = cookieName(request.getServletContext());
            response.addHeader("Set-Cookie", name + "=" + token + "; Path=/; HttpOnly; SameSite=Lax"
                    + (SECURE_COOKIE.equals(name) ? "; Secure" : ""));
        }
    }

    /** A new session token; called at sign-in, so no token from before survives it. */
    public static String rotate(HttpSession session) {
        String token = newToken();
        session.setAttribute(SESSION_ATTRIBUTE, token);
        return token;
    }

    /** Whether {@code candidate} is this visitor's token: the session's when signed in, else the anonymous cookie's. */
    static boolean matches(HttpServletRequest request, String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return false;
        }
        HttpSession session = request.getSession(false);
        if (SignedInCaller.of(session).isPresent()) {
            return sameToken((String) session.getAttribute(SESSION_ATTRIBUTE), candidate);
        }
        return cookieToken(request).map(token -> sameToken(token, candidate)).orElse(false);
    }

    private static Optional<String> cookieToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        String name = cookieName(request.getServletContext());
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName()) && cookie.getValue() != null && WELL_FORMED.matcher(cookie.getValue()).matches()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static String cookieName(ServletContext context) {
        return context.getAttribute(COOKIE_NAME_ATTRIBUTE) instanceof String name ? name : COOKIE;
    }

    private static boolean sameToken(String token, String candidate) {
        return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
