-- The Stripe sandbox's own state. Never part of the production schema: these scripts live in the
-- sandbox war and are recorded in their own history table (sandbox_schema_history).

-- Every Stripe object the sandbox serves, as Stripe's JSON, scoped to the platform or to the
-- connected account it lives on (Direct-charge objects live on the seller's account).
CREATE TABLE sandbox_objects (
    seq         BIGINT       NOT NULL AUTO_INCREMENT,
    id          VARCHAR(100) NOT NULL,
    object_type VARCHAR(64)  NOT NULL,
    scope       VARCHAR(100) NOT NULL,
    parent_id   VARCHAR(100) NULL,
    lookup_key  VARCHAR(255) NULL,
    created     BIGINT       NOT NULL,
    body        LONGTEXT     NOT NULL,
    PRIMARY KEY (seq),
    CONSTRAINT uq_sandbox_objects_id UNIQUE (id)
);
CREATE INDEX idx_sandbox_objects_list ON sandbox_objects (object_type, scope, seq);
CREATE INDEX idx_sandbox_objects_parent ON sandbox_objects (parent_id, seq);
CREATE INDEX idx_sandbox_objects_lookup ON sandbox_objects (object_type, lookup_key);

-- Idempotency-Key records: the first request's fingerprint and its stored response.
CREATE TABLE sandbox_idempotency (
    scope_key   VARCHAR(400) NOT NULL,
    fingerprint VARCHAR(64)  NOT NULL,
    status_code INT          NULL,
    response    LONGTEXT     NULL,
    created_at  BIGINT       NOT NULL,
    PRIMARY KEY (scope_key)
);

-- One row per event per webhook endpoint: Stripe's at-least-once delivery with retries.
CREATE TABLE sandbox_deliveries (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    event_id         VARCHAR(100)  NOT NULL,
    endpoint_id      VARCHAR(100)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  BIGINT        NOT NULL,
    last_status_code INT           NULL,
    last_error       VARCHAR(1000) NULL,
    delivered_at     BIGINT        NULL,
    PRIMARY KEY (id)
);
CREATE INDEX idx_sandbox_deliveries_due ON sandbox_deliveries (status, next_attempt_at);
CREATE INDEX idx_sandbox_deliveries_event ON sandbox_deliveries (event_id);

CREATE TABLE sandbox_settings (
    setting_name  VARCHAR(100)  NOT NULL,
    setting_value VARCHAR(1000) NOT NULL,
    PRIMARY KEY (setting_name)
);
