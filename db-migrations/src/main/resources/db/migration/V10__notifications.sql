-- The notifications outbox: a row per message, written in the same transaction as the state change
-- it reports. UNIQUE (kind, subject_id): a duplicate or replayed event writes no second row. A
-- worker claims due rows (SELECT ... FOR UPDATE SKIP LOCKED, then a lease), sends them after
-- commit, and records SENT, a retry with backoff, or DEAD after the last attempt.
CREATE TABLE notifications (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    kind            VARCHAR(40)   NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    subject_id      VARCHAR(120)  NOT NULL,
    data            TEXT          NOT NULL,
    status          VARCHAR(8)    NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    lease_token     VARCHAR(64)   NULL,
    lease_until     DATETIME(6)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    last_error      VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_notifications_kind_subject UNIQUE (kind, subject_id),
    CONSTRAINT chk_notifications_status CHECK (status IN ('PENDING', 'SENT', 'DEAD'))
);

CREATE INDEX idx_notifications_due ON notifications (status, next_attempt_at);

-- The local mailbox: with no SMTP server configured, a message is "sent" here, rendered as it
-- would have been mailed, and an admin reads it at /admin/mailbox.
CREATE TABLE mailbox_messages (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    notification_id BIGINT        NOT NULL,
    sender          VARCHAR(320)  NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    text_body       TEXT          NOT NULL,
    html_body       TEXT          NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_mailbox_notification UNIQUE (notification_id)
);

-- Where the buyer's mail goes: the Checkout Session's customer_details.email, stored when the order
-- is marked paid (the refund and payment-failed messages come later, without a session at hand).
ALTER TABLE orders ADD COLUMN buyer_email VARCHAR(320) NULL;
