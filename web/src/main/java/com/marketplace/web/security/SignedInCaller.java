package com.marketplace.web.security;

import com.marketplace.platform.kernel.security.CallerPrincipals;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;

/** Who signed in on the pages, kept in their HTTP session (only the principal's name, no secret). */
public record SignedInCaller(String principalName) implements Serializable {

    private static final String ATTRIBUTE = SignedInCaller.class.getName();

    public static Optional<SignedInCaller> of(HttpSession session) {
        return session == null ? Optional.empty() : Optional.ofNullable((SignedInCaller) session.getAttribute(ATTRIBUTE));
    }

    public void storeIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    public boolean isAdmin() {
        return CallerPrincipals.groupsOf(principalName).contains(CallerPrincipals.ADMIN_GROUP);
    }
}
