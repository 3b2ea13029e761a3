package com.marketplace.platform.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageFormatTest {

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void aJpegIsRecognisedByItsStartOfImageMarker() {
        assertEquals(Optional.of(ImageFormat.JPEG), ImageFormat.of(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F')));
    }

    @Test
    void aPngIsRecognisedByItsEightByteSignature() {
        assertEquals(Optional.of(ImageFormat.PNG), ImageFormat.of(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13)));
    }

    @Test
    void aWebpIsARiffContainerOfFormWebp() {
        assertEquals(Optional.of(ImageFormat.WEBP), ImageFormat.of(bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8')));
    }

    @Test
    void anotherRiffFileSuchAsAWaveIsRefused() {
        assertEquals(Optional.empty(), ImageFormat.of(bytes('R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'A', 'V', 'E')));
    }

    @Test
    void aPageIsRefusedWhateverItIsCalled() {
        assertEquals(Optional.empty(), ImageFormat.of("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aGifIsNotOneOfTheAcceptedFormats() {
        assertEquals(Optional.empty(), ImageFormat.of("GIF89a".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aTruncatedHeaderIsRefused() {
        assertEquals(Optional.empty(), ImageFormat.of(bytes(0x89, 'P', 'N', 'G')));
        assertEquals(Optional.empty(), ImageFormat.of(bytes('R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E')));
        assertEquals(Optional.empty(), ImageFormat.of(new byte[0]));
    }

    @Test
    void eachFormatIsServedWithItsOwnContentType() {
        assertEquals("image/jpeg", ImageFormat.JPEG.contentType());
        assertEquals("image/png", ImageFormat.PNG.contentType());
        assertEquals("image/webp", ImageFormat.WEBP.contentType());
    }
}
