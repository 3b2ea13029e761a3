package com.marketplace.web.security;

import com.marketplace.platform.kernel.error.ErrorCode;
import com.marketplace.web.pages.support.SimplePages;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Per-address limits on the anonymous requests that cost the platform something outside itself:
 * each checkout creates a Stripe Checkout Session (and holds stock), each seller sign-up creates a
 * Stripe connected account, each sign-up (a buyer's too) spends a password hash and a row. Over the limit the answer is 429 with {@code Retry-After}: the API's
 * JSON error ({@code too_many_requests}) under {@code /api}, a page for the forms. Every attempt
 * counts, refused or not: the limit is on what a client may ask, not on what succeeds. The client
 * address follows the trusted-proxy rule ({@link ClientAddress}).
 */
public class AbuseLimitFilter extends HttpFilter {

    private static final Pattern BUY = Pattern.compile("/products/[^/]+/buy");

    @Inject
    SecuritySettings settings;

    @Inject
    ClientAddress clientAddress;

    private RateLimiter checkouts;
    private RateLimiter signups;

    @Override
    public void init() {
        checkouts = settings.newCheckoutLimiter();
        signups = settings.newSignupLimiter();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String path = canonicalPath(request);
        RateLimiter limiter;
        String what;
        if (path.equals("/api/checkout") || BUY.matcher(path).matches()) {
            limiter = checkouts;
            what = "checkouts";
        } else if (path.equals("/api/sellers") || path.equals("/signup") || path.equals("/api/buyers") || path.equals("/buyers/signup")) {
            limiter = signups;
            what = "sign-ups";
        } else {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> wait = limiter.acquire(ClientAddress.limitKey(clientAddress.of(request)), Instant.now());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        refuse(path, response, what, RateLimiter.retryAfterSeconds(wait.get()));
    }

    // The path as the servlets see it (decoded, without ;parameters), so no spelling of an address escapes its limit.
    static String canonicalPath(HttpServletRequest request) {
        String path = (request.getServletPath() == null ? "" : request.getServletPath())
                + (request.getPathInfo() == null ? "" : request.getPathInfo());
        path = path.replaceAll("/{2,}", "/");
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    private static void refuse(String path, HttpServletResponse response, String what, long retryAfterSeconds) throws IOException {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        String wait = retryAfterSeconds < 120 ? retryAfterSeconds + " seconds" : ((retryAfterSeconds + 59) / 60) + " minutes";
        if (path.startsWith("/api/")) {
            ErrorWriter.write(response, ErrorCode.TOO_MANY_REQUESTS, "Too many " + what + " from your address; try again in " + wait);
            return;
        }
        SimplePages.write(response, 429, "Too many attempts", "There have been too many " + what + " from your network in a short"
                + " time. Please try again in " + wait + ".");
    }
}
