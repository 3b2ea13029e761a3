package com.marketplace.web.security;

import com.marketplace.platform.shared.config.MarketplaceConfig;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response of the application, pages and API alike. The policy allows
 * only this origin's own scripts, styles and images (so pages use no inline script or style) and no
 * framing at all. Form targets are not restricted: the Buy form is answered with a redirect to
 * Stripe Checkout, and Chrome applies {@code form-action} to that redirect as well.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    @Inject
    MarketplaceConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
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
        chain.doFilter(request, response);
    }
}
