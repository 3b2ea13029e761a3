package com.marketplace.web.security;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;

/**
 * The page session's cookie: unreadable by scripts, not sent on cross-site subrequests or posts
 * (SameSite=Lax), marked Secure whenever the public URL is HTTPS, and never put in URLs. Whether the
 * public URL is HTTPS also decides the anonymous CSRF cookie's name ({@link CsrfTokens}).
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    static final String COOKIE_NAME = "marketplace_session";
    static final int SESSION_MINUTES = 30;

    @Inject
    MarketplaceConfig config;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
        event.getServletContext().setSessionTimeout(SESSION_MINUTES);
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName(COOKIE_NAME);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setSecure("https".equals(config.publicBaseUrl().getScheme()));
        // Payara reads SameSite=Lax from WEB-INF/payara-web.xml; this is the standard way, for other servers.
        cookie.setAttribute("SameSite", "Lax");
        event.getServletContext().setAttribute(CsrfTokens.COOKIE_NAME_ATTRIBUTE,
                cookie.isSecure() ? CsrfTokens.SECURE_COOKIE : CsrfTokens.COOKIE);
    }
}
