package com.marketplace.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * One secret token per HTTP session (synchronizer token pattern): pages put it in every form as
 * {@value #FIELD} and scripts send it as {@value #HEADER}. It changes when someone signs in, so a
 * token seen before sign-in is worth nothing after.
 */
public final class CsrfTokens {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = CsrfTokens.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    /** The session's token, creating the session and the token when there is none yet. */
    public static String tokenFor(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(ATTRIBUTE);
        if (token == null) {
            token = rotate(session);
        }
        return token;
    }

    public static String rotate(HttpSession session) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }

    static boolean matches(HttpSession session, String candidate) {
        if (session == null || candidate == null || candidate.isEmpty()) {
            return false;
        }
        String token = (String) session.getAttribute(ATTRIBUTE);
        return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
