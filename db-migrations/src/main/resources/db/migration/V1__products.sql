-- Catalog: what sellers offer. Prices are integer minor units with a lowercase ISO currency.
-- seller_id gets its foreign key when the sellers table arrives.
CREATE TABLE products (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    seller_id    BIGINT        NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(4000) NOT NULL DEFAULT '',
    price_amount BIGINT        NOT NULL,
    currency     CHAR(3)       NOT NULL,
    stock        INT           NOT NULL,
    active       BOOLEAN       NOT NULL DEFAULT FALSE,
    version      BIGINT        NOT NULL DEFAULT 0,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT chk_products_price_positive CHECK (price_amount > 0),
    CONSTRAINT chk_products_stock_not_negative CHECK (stock >= 0)
);

CREATE INDEX idx_products_seller ON products (seller_id);
CREATE INDEX idx_products_active ON products (active, id);
