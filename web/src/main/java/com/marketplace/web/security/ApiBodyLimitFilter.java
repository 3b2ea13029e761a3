package com.marketplace.web.security;

import com.marketplace.platform.kernel.error.ErrorCode;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The API's largest request body ({@code API_MAX_BODY_BYTES}): a bigger one is answered 413
 * {@code payload_too_large} before any resource runs, so it changes nothing and costs no parsing.
 * A declared {@code Content-Length} is judged without reading; a chunked body is read up to one
 * byte past the limit, then handed on from memory. (The webhooks have their own limit.)
 */
public class ApiBodyLimitFilter extends HttpFilter {

    @Inject
    SecuritySettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        long max = settings.apiMaxBodyBytes();
        long declared = request.getContentLengthLong();
        if (declared > max) {
            refuse(response, max);
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = readAtMost(request.getInputStream(), max + 1);
            if (body.length > max) {
                refuse(response, max);
                return;
            }
            chain.doFilter(new BufferedRequestBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Reads the body up to {@code limit} bytes (one past the largest accepted tells an oversized body). */
    public static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while (read.size() < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - read.size()))) != -1) {
            read.write(buffer, 0, n);
        }
        return read.toByteArray();
    }

    private static void refuse(HttpServletResponse response, long max) throws IOException {
        // The rest of an oversized body is not worth reading: the connection ends with this answer.
        response.setHeader("Connection", "close");
        ErrorWriter.write(response, ErrorCode.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + max + " bytes, the most the API accepts; nothing was done");
    }
}
