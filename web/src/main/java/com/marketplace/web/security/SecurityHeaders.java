package com.marketplace.web.security;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every answer carries, pages and API alike, set in this one place: by
 * {@link SecurityHeadersFilter} before anything runs, and again by whatever resets a response to
 * answer with an error page instead ({@code response.reset()} drops every header). The policy
 * allows only this origin's own scripts, styles and images (so pages use no inline script or style)
 * and no framing at all. Form targets are not restricted: the Buy form is answered with a redirect
 * to Stripe Checkout, and Chrome applies {@code form-action} to that redirect as well.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    @Inject
    MarketplaceConfig config;

    public void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // The return page's URL carries a Checkout Session id: it must not travel to other sites.
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure() || "https".equals(config.publicBaseUrl().getScheme())) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/static/")) {
            // Pages show orders and accounts: no shared cache, and no back-button copy after sign-out.
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
