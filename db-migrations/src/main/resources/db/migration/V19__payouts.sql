-- The payouts Stripe makes from a connected account's balance to the seller's bank account: a
-- projection of payout.* events on the Connect endpoint. Each event only says "ask Stripe": the row
-- is rewritten from a re-fetch of the payout on the seller's account, so events in any order, or
-- twice, leave the row as Stripe has it. Stripe stays the truth.
CREATE TABLE payouts (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    seller_id            BIGINT        NOT NULL,
    stripe_payout_id     VARCHAR(255)  NOT NULL,
    amount               BIGINT        NOT NULL,
    currency             CHAR(3)       NOT NULL,
    -- Stripe's status, upper case: PENDING, IN_TRANSIT, PAID, FAILED, CANCELED.
    status               VARCHAR(16)   NOT NULL,
    arrival_date         DATETIME(6)   NULL,
    -- Why it failed, in Stripe's words (no_account, account_closed, ...); NULL unless FAILED.
    failure_code         VARCHAR(64)   NULL,
    failure_message      VARCHAR(500)  NULL,
    -- The payout's own created (Stripe's), which orders a seller's payouts.
    stripe_created       DATETIME(6)   NOT NULL,
    -- created (epoch seconds) of the newest event applied: a re-fetch made for an older event,
    -- committing after a newer one, changes nothing.
    last_event_created   BIGINT        NOT NULL DEFAULT 0,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_payouts_stripe_id UNIQUE (stripe_payout_id),
    CONSTRAINT fk_payouts_seller FOREIGN KEY (seller_id) REFERENCES sellers (id),
    CONSTRAINT chk_payouts_status CHECK (status IN ('PENDING', 'IN_TRANSIT', 'PAID', 'FAILED', 'CANCELED'))
);

CREATE INDEX ix_payouts_seller ON payouts (seller_id, stripe_created, id);
CREATE INDEX ix_payouts_status ON payouts (status, stripe_created, id);
