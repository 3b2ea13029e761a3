package com.marketplace.web.security;

import com.marketplace.platform.kernel.config.MarketplaceConfig;
import com.marketplace.platform.catalog.domain.ProductImage;
import com.marketplace.platform.kernel.error.ErrorCode;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import com.marketplace.web.pages.support.SimplePages;

/**
 * Refuses forged state-changing requests (POST, PUT, PATCH, DELETE), with 403
 * {@code csrf_token_invalid}, before any page or resource runs:
 * <ol>
 *   <li>a browser's {@code Origin} naming another site is refused outright;</li>
 *   <li>a request that rides on a session cookie, or whose body is one a cross-site HTML form can
 *   send (form-encoded, multipart, text/plain), must carry the visitor's token ({@link CsrfTokens}:
 *   the session's when signed in, the anonymous cookie's otherwise) as the {@code _csrf} field or
 *   the {@code X-CSRF-Token} header.</li>
 * </ol>
 * API clients without a session that send JSON (or no body) need no token: a browser cannot send
 * such a request to another site without a CORS preflight, which this application never grants.
 * Stripe's webhooks are authenticated by their signature instead.
 */
public class CsrfFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");
    private static final long LARGEST_PICTURE_BYTES = ProductImage.MAX_BYTES;
    private static final Set<String> FORM_FIELD_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data");

    @Inject
    MarketplaceConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getRequestURI().startsWith(request.getContextPath() + "/webhooks/")) {
            chain.doFilter(request, response);
            return;
        }
        if (!sameOriginOrNone(request)) {
            refuse(request, response, "This request came from another site (Origin " + request.getHeader("Origin") + ")");
            return;
        }
        if (needsToken(request)) {
            String presented;
            try {
                presented = presentedToken(request);
            } catch (RuntimeException unreadableUpload) {
                // The container would not read the multipart body (Payara wraps the reason: past the
                // servlet's limit, or malformed). Nothing was read, nothing changes.
                refuseUpload(request, response);
                return;
            }
            if (!CsrfTokens.matches(request, presented)) {
                refuse(request, response, "The form's security token is missing or out of date; reload the page and try again");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean sameOriginOrNone(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String requestOrigin = request.getScheme() + "://" + request.getHeader("Host");
        return origin.equalsIgnoreCase(requestOrigin) || origin.equalsIgnoreCase(originOf(config.publicBaseUrl()));
    }

    private static boolean needsToken(HttpServletRequest request) {
        return request.getSession(false) != null || FORM_TYPES.contains(mediaType(request.getContentType()));
    }

    private static String presentedToken(HttpServletRequest request) {
        String header = request.getHeader(CsrfTokens.HEADER);
        if (header != null) {
            return header;
        }
        // A multipart form's fields are readable only on a servlet that accepts uploads (@MultipartConfig); elsewhere none is found.
        return FORM_FIELD_TYPES.contains(mediaType(request.getContentType())) ? request.getParameter(CsrfTokens.FIELD) : null;
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static String originOf(URI base) {
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    private static void refuseUpload(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean large = request.getContentLengthLong() > LARGEST_PICTURE_BYTES;
        String message = large ? "The upload is too large to read; a product picture may be at most 2 MB. Nothing was changed"
                : "The upload could not be read as a form; nothing was changed. Choose the file again and retry";
        response.setHeader("Connection", "close");
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            SimplePages.write(response, large ? 413 : 400, large ? "That file is too large" : "Please try again", message);
            return;
        }
        ErrorWriter.write(response, large ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.MALFORMED_REQUEST, message);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            SimplePages.write(response, 403, "Please try again", message);
            return;
        }
        ErrorWriter.write(response, ErrorCode.CSRF_TOKEN_INVALID, message);
    }
}
