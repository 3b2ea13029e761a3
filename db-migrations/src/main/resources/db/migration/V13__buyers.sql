-- Buyers who keep an account: they sign in as sellers do (the same PBKDF2 hash format) and see
-- their purchases. An email names one account across buyers and sellers: the sign-up checks the
-- sellers through seller-onboarding's port, the unique key below settles two buyers racing.
CREATE TABLE buyers (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    email           VARCHAR(254)  NOT NULL,
    password_hash   VARCHAR(255)  NOT NULL,
    name            VARCHAR(120)  NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_buyers_email UNIQUE (email)
);

-- The buyer an order belongs to: the caller signed in when the checkout started (never a field of
-- the request), NULL for a guest.
ALTER TABLE orders ADD COLUMN buyer_id BIGINT NULL;

ALTER TABLE orders ADD CONSTRAINT fk_orders_buyer FOREIGN KEY (buyer_id) REFERENCES buyers (id);

-- orders.buyer_email (V10) is where the buyer is reached: the signed-in buyer's email from the
-- start, else the Checkout Session's customer_details.email from the payment confirmation. A buyer
-- who signs up later with that email sees the guest purchase as theirs, found by this index.
CREATE INDEX ix_orders_buyer ON orders (buyer_id, id);

CREATE INDEX ix_orders_buyer_email ON orders (buyer_email, id);
