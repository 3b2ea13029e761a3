package com.marketplace.web.security;

import com.marketplace.platform.kernel.error.ErrorCode;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

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
            chain.doFilter(new BufferedBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
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

    /** A request whose body was already read into memory (a chunked one, within the limit). */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was already read");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return bytes.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
