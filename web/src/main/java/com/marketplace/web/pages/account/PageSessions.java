package com.marketplace.web.pages.account;

import com.marketplace.web.security.CsrfTokens;
import com.marketplace.web.security.SignedInCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Starting and ending a signed-in page session. */
@ApplicationScoped
public class PageSessions {

    /**
     * Remembers who signed in. The session id and the CSRF token change at this moment, so an id
     * or token planted or seen before sign-in is worthless after it (session fixation).
     */
    public void signIn(HttpServletRequest request, String principalName) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        new SignedInCaller(principalName).storeIn(session);
        CsrfTokens.rotate(session);
    }

    public void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
