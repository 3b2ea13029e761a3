-- Signed-in buyers' carts, a row per line (guests' carts live in their page session). No price:
-- a cart's prices are read from the products whenever it is shown or checked out. One line per
-- product per buyer; a guest's cart merges into these rows at sign-in.
CREATE TABLE cart_lines (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    buyer_id    BIGINT       NOT NULL,
    product_id  BIGINT       NOT NULL,
    quantity    INT          NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_cart_lines_buyer_product UNIQUE (buyer_id, product_id),
    CONSTRAINT fk_cart_lines_buyer FOREIGN KEY (buyer_id) REFERENCES buyers (id),
    CONSTRAINT fk_cart_lines_product FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT ck_cart_lines_quantity CHECK (quantity BETWEEN 1 AND 1000)
);
