-- The webhook inbox: every verified Stripe event, stored by its id before it is acknowledged, so a
-- duplicate delivery is a no-op and nothing acknowledged is ever lost. A worker claims due rows
-- (SELECT ... FOR UPDATE SKIP LOCKED) and records the outcome of each attempt.
CREATE TABLE webhook_events (
    event_id        VARCHAR(255)  NOT NULL,
    endpoint        VARCHAR(16)   NOT NULL,
    account_id      VARCHAR(255)  NULL,
    event_type      VARCHAR(255)  NOT NULL,
    event_created   BIGINT        NOT NULL,
    api_version     VARCHAR(64)   NULL,
    livemode        BOOLEAN       NOT NULL,
    payload         LONGTEXT      NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    duplicates      INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_by      VARCHAR(100)  NULL,
    claim_token     VARCHAR(64)   NULL,
    claimed_until   DATETIME(6)   NULL,
    last_error      VARCHAR(2000) NULL,
    received_at     DATETIME(6)   NOT NULL,
    processed_at    DATETIME(6)   NULL,
    PRIMARY KEY (event_id),
    CONSTRAINT chk_webhook_events_status CHECK (status IN ('received', 'processing', 'processed', 'ignored', 'failed', 'dead')),
    CONSTRAINT chk_webhook_events_endpoint CHECK (endpoint IN ('platform', 'connect'))
);

CREATE INDEX idx_webhook_events_due ON webhook_events (status, next_attempt_at);
CREATE INDEX idx_webhook_events_type ON webhook_events (event_type, status);
