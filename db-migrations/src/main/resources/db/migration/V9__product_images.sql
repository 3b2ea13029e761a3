-- A product's picture. The bytes live in their own table so that listing products never reads them;
-- products.image_digest (SHA-256 of the bytes, hex) says whether there is one and names its version:
-- page links carry it, so a replaced picture is a new address and caches never show the old one.
-- content_type is decided by the server from the bytes themselves (JPEG, PNG or WebP), never by
-- the uploader's file name or claimed type.
CREATE TABLE product_images (
    product_id   BIGINT      NOT NULL,
    content_type VARCHAR(20) NOT NULL,
    content      MEDIUMBLOB  NOT NULL,
    digest       CHAR(64)    NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (product_id),
    CONSTRAINT fk_product_images_product FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE
);

ALTER TABLE products ADD COLUMN image_digest CHAR(64) NULL;
