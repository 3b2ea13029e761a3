package com.marketplace.web.idempotency;

import com.marketplace.platform.idempotency.domain.StoredResponse;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Holds back the body of an API answer until the idempotency filter has stored it: status and
 * headers go to the real response as they are set (nothing commits it before the body is
 * written), the body into memory. An error the container renders itself ({@code sendError})
 * passes straight through and is never stored.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean sentError;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was already called");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("the API answers synchronously");
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was already called");
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    // Held back: a flush would commit the real response before the answer is stored.
    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        body.reset();
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        sentError = true;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        sentError = true;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        sentError = true;
        super.sendRedirect(location);
    }

    /** The answer as the client gets it; empty when the container wrote it itself (an error page, a redirect). */
    Optional<StoredResponse> answer() {
        if (sentError) {
            return Optional.empty();
        }
        flushBuffer();
        return Optional.of(new StoredResponse(getStatus(), Optional.ofNullable(getContentType()), Optional.ofNullable(getHeader("Location")),
                body.toByteArray()));
    }

    /** Sends the held-back body to the client. */
    void release() throws IOException {
        if (sentError) {
            return;
        }
        flushBuffer();
        HttpServletResponse real = (HttpServletResponse) getResponse();
        real.getOutputStream().write(body.toByteArray());
        real.flushBuffer();
    }
}
