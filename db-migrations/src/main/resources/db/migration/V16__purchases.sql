-- Purchases: what a buyer pays in one Checkout Session (one currency, one payment), holding one
-- order per seller; each order holds its lines. A purchase of one seller is charged with that
-- seller's charge type and its session stays on its order (orders.checkout_session_id, as before);
-- a purchase across sellers is charged on the platform (separate charges and transfers) and its one
-- session is the purchase's (purchases.checkout_session_id), never an order's.
CREATE TABLE purchases (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    -- Idempotency key of the session creation and proof that a session names this purchase
    -- (metadata.purchase_key).
    request_key          CHAR(36)      NOT NULL,
    buyer_id             BIGINT        NULL,
    currency             CHAR(3)       NOT NULL,
    -- DIRECT / DESTINATION (one seller, as its orders say) or SEPARATE_TRANSFERS (several sellers).
    routing              VARCHAR(24)   NOT NULL,
    -- The transfer group of a SEPARATE_TRANSFERS purchase: purchase_<id>.
    transfer_group       VARCHAR(64)   NULL,
    checkout_session_id  VARCHAR(255)  NULL,
    checkout_url         VARCHAR(2000) NULL,
    session_expires_at   DATETIME(6)   NULL,
    payment_intent_id    VARCHAR(255)  NULL,
    -- The charge the transfers are made from (source_transaction): the payment intent's latest_charge.
    charge_id            VARCHAR(255)  NULL,
    -- What the buyer pays: the sum of the orders' expected totals until confirmed, then Stripe's amount_total.
    amount_total         BIGINT        NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    reconciled_at        DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_purchases_request_key UNIQUE (request_key),
    CONSTRAINT uq_purchases_session UNIQUE (checkout_session_id),
    CONSTRAINT chk_purchases_amount CHECK (amount_total >= 0)
);

CREATE INDEX ix_purchases_buyer ON purchases (buyer_id, id);
CREATE INDEX ix_purchases_payment_intent ON purchases (payment_intent_id);

ALTER TABLE orders ADD COLUMN purchase_id BIGINT NULL;
-- Frozen copy of the purchase's routing: the order's money was taken on the platform and reaches
-- its seller by a transfer (orders.charge_type then names the seller's own type, unused for the payment).
ALTER TABLE orders ADD COLUMN separate_transfers BOOLEAN NOT NULL DEFAULT FALSE;

-- Every order before V16 is a purchase of its own, with the order's session on the order.
INSERT INTO purchases (request_key, buyer_id, currency, routing, payment_intent_id, amount_total, created_at, updated_at)
SELECT request_key, buyer_id, currency, charge_type, payment_intent_id, amount_total, created_at, updated_at FROM orders;
UPDATE orders SET purchase_id = (SELECT p.id FROM purchases p WHERE p.request_key = orders.request_key);

ALTER TABLE orders MODIFY purchase_id BIGINT NOT NULL;
ALTER TABLE orders ADD CONSTRAINT fk_orders_purchase FOREIGN KEY (purchase_id) REFERENCES purchases (id);
CREATE INDEX ix_orders_purchase ON orders (purchase_id, id);

-- An order's lines: the products, quantities and unit prices frozen at checkout. The stock of each
-- line is taken when the purchase's payment is confirmed.
CREATE TABLE order_lines (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    order_id         BIGINT       NOT NULL,
    position         INT          NOT NULL,
    product_id       BIGINT       NOT NULL,
    product_name     VARCHAR(200) NOT NULL,
    quantity         INT          NOT NULL,
    unit_amount      BIGINT       NOT NULL,
    amount_subtotal  BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_order_lines_position UNIQUE (order_id, position),
    CONSTRAINT fk_order_lines_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT fk_order_lines_product FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT chk_order_lines_quantity CHECK (quantity > 0),
    CONSTRAINT chk_order_lines_amounts CHECK (unit_amount >= 0 AND amount_subtotal = unit_amount * quantity)
);

INSERT INTO order_lines (order_id, position, product_id, product_name, quantity, unit_amount, amount_subtotal)
SELECT id, 1, product_id, product_name, quantity, unit_amount, amount_subtotal FROM orders;

-- The transfer outbox of purchases across sellers. A row is written for each PAID order in the
-- transaction that confirms the payment (never before), and sent after the commit with
-- source_transaction = the purchase's charge and its own idempotency key (request_key), until
-- Stripe has answered: a crash between the payment and the transfer loses none and makes none twice.
CREATE TABLE order_transfers (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    order_id             BIGINT       NOT NULL,
    purchase_id          BIGINT       NOT NULL,
    request_key          CHAR(36)     NOT NULL,
    destination_account  VARCHAR(255) NOT NULL,
    amount               BIGINT       NOT NULL,
    currency             CHAR(3)      NOT NULL,
    transfer_group       VARCHAR(64)  NOT NULL,
    source_charge        VARCHAR(255) NULL,
    -- PENDING until Stripe answered, then SENT (or FAILED when Stripe refused for good).
    status               VARCHAR(16)  NOT NULL,
    stripe_transfer_id   VARCHAR(255) NULL,
    amount_reversed      BIGINT       NOT NULL DEFAULT 0,
    attempts             INT          NOT NULL DEFAULT 0,
    next_attempt_at      DATETIME(6)  NOT NULL,
    lease_until          DATETIME(6)  NULL,
    last_error           VARCHAR(500) NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_order_transfers_order UNIQUE (order_id),
    CONSTRAINT uq_order_transfers_key UNIQUE (request_key),
    CONSTRAINT uq_order_transfers_stripe UNIQUE (stripe_transfer_id),
    CONSTRAINT fk_order_transfers_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT fk_order_transfers_purchase FOREIGN KEY (purchase_id) REFERENCES purchases (id),
    CONSTRAINT chk_order_transfers_amounts CHECK (amount > 0 AND amount_reversed >= 0 AND amount_reversed <= amount)
);

CREATE INDEX ix_order_transfers_due ON order_transfers (status, next_attempt_at);
