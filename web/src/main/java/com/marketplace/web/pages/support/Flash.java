package com.marketplace.web.pages.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** A one-time message carried across a redirect (post, redirect, get): shown once, then gone. */
public final class Flash {

    private static final String ATTRIBUTE = Flash.class.getName();

    private Flash() {
    }

    public static void set(HttpServletRequest request, String message) {
        request.getSession(true).setAttribute(ATTRIBUTE, message);
    }

    static Optional<String> take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        String message = (String) session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return Optional.ofNullable(message);
    }
}
