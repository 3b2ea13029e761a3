package com.marketplace.platform.catalog.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The picture formats a product may show, recognised by their first bytes, never by a file name or
 * a browser's claimed type: a page saved as {@code photo.png} stays a page, and is refused.
 */
public enum ImageFormat {

    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_FOURCC = {'W', 'E', 'B', 'P'};

    private final String contentType;

    ImageFormat(String contentType) {
        this.contentType = contentType;
    }

    /** The Content-Type the picture is served with. */
    public String contentType() {
        return contentType;
    }

    /** The format the bytes are in, or empty when they are none of the three. */
    public static Optional<ImageFormat> of(byte[] content) {
        if (startsWith(content, 0, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        // RIFF container: "RIFF", four bytes of length, then the form type; WAV and AVI are RIFF too.
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP_FOURCC)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] expected) {
        return content.length >= offset + expected.length
                && Arrays.equals(content, offset, offset + expected.length, expected, 0, expected.length);
    }
}
