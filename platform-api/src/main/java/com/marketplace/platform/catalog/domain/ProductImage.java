package com.marketplace.platform.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A product's picture as uploaded: JPEG, PNG or WebP, at most {@link #MAX_BYTES}. The format is read
 * from the bytes ({@link ImageFormat}); what the uploader called the file or claimed it was is never
 * asked. The digest names this version of the picture: it is the picture's ETag and part of its
 * address, so a replaced picture is never served from a stale cache.
 */
@Entity
@Table(name = "product_images")
public class ProductImage {

    /** 2 MB: plenty for a product photo, small enough to keep in the database with the product. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    @Id
    @Column(name = "product_id")
    private long productId;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 64)
    private String digest;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProductImage() {
        // for JPA
    }

    /** The picture {@code content} makes, or a refusal naming why it cannot be one. */
    public static ProductImage of(ProductId product, byte[] content, Instant now) {
        if (content.length == 0) {
            throw new CatalogRefusal(CatalogRefusal.Reason.IMAGE_INVALID, "Choose a picture to upload: the file was empty or missing");
        }
        if (content.length > MAX_BYTES) {
            throw new CatalogRefusal(CatalogRefusal.Reason.IMAGE_TOO_LARGE,
                    "The picture is " + megabytes(content.length) + " (" + content.length + " bytes); a picture may be at most 2 MB ("
                            + MAX_BYTES + " bytes)");
        }
        ImageFormat format = ImageFormat.of(content).orElseThrow(() -> new CatalogRefusal(CatalogRefusal.Reason.IMAGE_INVALID,
                "The file is not a JPEG, PNG or WebP picture (judged by its content, not its name)"));
        ProductImage image = new ProductImage();
        image.productId = product.value();
        image.contentType = format.contentType();
        image.content = content.clone();
        image.digest = sha256(content);
        image.updatedAt = now;
        return image;
    }

    /** Takes the picture, its type and its digest from {@code newer}, for the same product. */
    public void replaceWith(ProductImage newer) {
        if (newer.productId != productId) {
            throw new IllegalArgumentException("A picture replaces only the picture of its own product");
        }
        contentType = newer.contentType;
        content = newer.content.clone();
        digest = newer.digest;
        updatedAt = newer.updatedAt;
    }

    public ProductId productId() {
        return new ProductId(productId);
    }

    /** image/jpeg, image/png or image/webp, as read from the bytes when uploaded. */
    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    /** SHA-256 of the bytes, in hex. */
    public String digest() {
        return digest;
    }

    private static String megabytes(int bytes) {
        return String.format(Locale.ROOT, "%.2f MB", bytes / (1024.0 * 1024.0));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
