package com.marketplace.web.it.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Real, decodable pictures for upload tests, drawn on the spot: a browser shows them as a seller's photo would be shown. */
public final class TestPictures {

    private TestPictures() {
    }

    public static byte[] png(Color colour) {
        return draw(colour, "png");
    }

    public static byte[] jpeg(Color colour) {
        return draw(colour, "jpg");
    }

    /** The picture written to a temporary file, for a browser's file field. */
    public static Path pngFile(Color colour) {
        try {
            Path file = Files.createTempFile("product-picture-", ".png");
            Files.write(file, png(colour));
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] draw(Color colour, String format) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, 64, 48);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(16, 8, 32, 32);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
