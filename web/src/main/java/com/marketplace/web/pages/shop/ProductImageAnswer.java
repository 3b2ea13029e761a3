package com.marketplace.web.pages.shop;

import com.marketplace.platform.catalog.domain.ProductImage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A product's picture as the browser gets it: the type the server read from the bytes (with
 * {@code nosniff}, set for every answer, so a browser never second-guesses it), the digest as ETag,
 * and a cache rule by address: the versioned address ({@code ?v=} the current digest) never changes
 * content, so it may be kept a year; any other address is revalidated each time.
 */
final class ProductImageAnswer {

    private static final String VERSIONED = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "no-cache";

    private ProductImageAnswer() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, ProductImage image) throws IOException {
        String etag = "\"" + image.digest() + "\"";
        response.setHeader("Cache-Control", image.digest().equals(request.getParameter("v")) ? VERSIONED : REVALIDATE);
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(image.contentType());
        response.setContentLength(image.size());
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(image.content());
        }
    }
}
