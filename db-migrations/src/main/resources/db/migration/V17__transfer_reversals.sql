-- The money moved between the platform and its sellers after a payment, besides the first transfer
-- (order_transfers): reversals of a seller's transfer for a refund or a lost dispute, the transfer
-- back of what a won dispute reinstated, and the amounts the platform absorbs. One row per movement,
-- written in the transaction that decides it (the refund's record, the dispute event's), and sent
-- after the commit with its own idempotency key (request_key), so a crash between the decision and
-- Stripe's answer ends with the movement made once. The admin sees every row.
CREATE TABLE transfer_reversals (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    order_id             BIGINT       NOT NULL,
    purchase_id          BIGINT       NOT NULL,
    -- The idempotency key of the Stripe call, and what makes a decision taken twice one row:
    -- refund-<refund key>, dispute-<dispute id>-order-<order id>, reinstate-<dispute id>-order-<order id>.
    request_key          VARCHAR(200) NOT NULL,
    -- REVERSAL (POST /v1/transfers/{id}/reversals), RETRANSFER (POST /v1/transfers after a won
    -- dispute) or ABSORBED (DISPUTE_RECOVERY=absorb: nothing is asked of the seller).
    movement             VARCHAR(16)  NOT NULL,
    -- REFUND or DISPUTE.
    reason               VARCHAR(16)  NOT NULL,
    refund_id            BIGINT       NULL,
    dispute_id           VARCHAR(255) NULL,
    -- The transfer reversed: the order's order_transfers row's Stripe id, or a Destination charge's
    -- automatic transfer. Null until known (an order's transfer not sent yet).
    stripe_transfer_id   VARCHAR(255) NULL,
    destination_account  VARCHAR(255) NOT NULL,
    amount               BIGINT       NOT NULL,
    currency             CHAR(3)      NOT NULL,
    -- PENDING until Stripe answered; DONE; UNRECOVERED (refused, e.g. the seller's balance is too
    -- low: retried on a schedule a bounded number of times, then left for the admin); NOTHING (there
    -- was nothing to reverse: the transfer was never made).
    status               VARCHAR(16)  NOT NULL,
    -- The reversal (trr_...) or transfer (tr_...) Stripe made.
    stripe_object_id     VARCHAR(255) NULL,
    -- Why it is unrecovered, in Stripe's words (balance_insufficient, ...).
    failure              VARCHAR(64)  NULL,
    attempts             INT          NOT NULL DEFAULT 0,
    next_attempt_at      DATETIME(6)  NOT NULL,
    lease_until          DATETIME(6)  NULL,
    last_error           VARCHAR(500) NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_transfer_reversals_key UNIQUE (request_key),
    CONSTRAINT fk_transfer_reversals_order FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT fk_transfer_reversals_purchase FOREIGN KEY (purchase_id) REFERENCES purchases (id),
    CONSTRAINT chk_transfer_reversals_amount CHECK (amount >= 0)
);

CREATE INDEX ix_transfer_reversals_due ON transfer_reversals (status, next_attempt_at);
CREATE INDEX ix_transfer_reversals_purchase ON transfer_reversals (purchase_id, id);
