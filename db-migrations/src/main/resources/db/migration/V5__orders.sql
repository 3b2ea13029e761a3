-- Orders, and the refunds that run after them. Money is in integer minor units of the order's
-- currency. Everything a payment depends on is copied onto the order when its Checkout Session is
-- created (price, fee, the seller's account and charge type): later changes to the product, the fee
-- schedule or the seller never change what this order charges, takes or where its money went.
CREATE TABLE orders (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    -- The idempotency key of the session creation and the proof that a session names this order
    -- (metadata.order_key): ids repeat when a database is recreated, a random key does not.
    request_key             CHAR(36)     NOT NULL,
    -- SHA-256 (hex) of the buyer's order token; the token itself is only ever in the buyer's hands.
    buyer_token_hash        CHAR(64)     NOT NULL,
    seller_id               BIGINT       NOT NULL,
    product_id              BIGINT       NOT NULL,
    product_name            VARCHAR(200) NOT NULL,
    quantity                INT          NOT NULL,
    unit_amount             BIGINT       NOT NULL,
    currency                CHAR(3)      NOT NULL,
    amount_subtotal         BIGINT       NOT NULL,
    -- What the buyer was charged: the subtotal until the payment is confirmed, then Stripe's
    -- amount_total (less after a promotion code, 0 after a 100 % one).
    amount_total            BIGINT       NOT NULL,
    fee_basis_points        INT          NOT NULL,
    fee_fixed_amount        BIGINT       NOT NULL,
    application_fee_amount  BIGINT       NOT NULL,
    charge_type             VARCHAR(16)  NOT NULL,
    stripe_account_id       VARCHAR(255) NOT NULL,
    status                  VARCHAR(24)  NOT NULL,
    checkout_session_id     VARCHAR(255) NULL,
    checkout_url            VARCHAR(2000) NULL,
    session_expires_at      DATETIME(6)  NULL,
    payment_intent_id       VARCHAR(255) NULL,
    amount_refunded         BIGINT       NOT NULL DEFAULT 0,
    restocked               BOOLEAN      NOT NULL DEFAULT FALSE,
    dispute_id              VARCHAR(255) NULL,
    dispute_status          VARCHAR(32)  NULL,
    problem                 VARCHAR(500) NULL,
    created_at              DATETIME(6)  NOT NULL,
    updated_at              DATETIME(6)  NOT NULL,
    paid_at                 DATETIME(6)  NULL,
    reconciled_at           DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_orders_request_key UNIQUE (request_key),
    CONSTRAINT uq_orders_session UNIQUE (checkout_session_id),
    CONSTRAINT fk_orders_seller FOREIGN KEY (seller_id) REFERENCES sellers (id),
    CONSTRAINT fk_orders_product FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT chk_orders_quantity CHECK (quantity > 0),
    CONSTRAINT chk_orders_amounts CHECK (amount_total >= 0 AND application_fee_amount >= 0
        AND amount_refunded >= 0 AND amount_refunded <= amount_total)
);

CREATE INDEX ix_orders_status_updated ON orders (status, updated_at);
CREATE INDEX ix_orders_seller ON orders (seller_id, id);
CREATE INDEX ix_orders_payment_intent ON orders (payment_intent_id);

-- The refund outbox. A row is written in the same transaction that decides a refund is owed (the
-- confirmation finding stock short, or an admin's or seller's request), and is carried out against
-- Stripe after the commit with its own idempotency key, until Stripe has answered: a crash between
-- the decision and the call loses no refund, and a repeat of the call makes no second one.
CREATE TABLE order_refunds (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    order_id          BIGINT       NOT NULL,
    request_key       CHAR(36)     NOT NULL,
    amount            BIGINT       NOT NULL,
    reason            VARCHAR(24)  NOT NULL,
    restock           BOOLEAN      NOT NULL DEFAULT FALSE,
    requested_by      VARCHAR(254) NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    stripe_refund_id  VARCHAR(255) NULL,
    attempts          INT          NOT NULL DEFAULT 0,
    next_attempt_at   DATETIME(6)  NOT NULL,
    lease_until       DATETIME(6)  NULL,
    last_error        VARCHAR(500) NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_order_refunds_key UNIQUE (request_key),
    CONSTRAINT fk_order_refunds_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT chk_order_refunds_amount CHECK (amount > 0)
);

CREATE INDEX ix_order_refunds_due ON order_refunds (status, next_attempt_at);
CREATE INDEX ix_order_refunds_order ON order_refunds (order_id);
