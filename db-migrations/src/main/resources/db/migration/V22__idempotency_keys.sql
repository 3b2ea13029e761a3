-- Inbound idempotency keys of the API (docs/idempotency.md): one row per caller and key. The
-- unique (caller_scope, idem_key) is the claim: of two requests with one key, one INSERT wins and
-- the other sees the row (409 while it is IN_PROGRESS, the stored answer once it is DONE). A claim
-- holds until lease_until; past it a retry may take the row over (claim_token names the holder,
-- so a request that outlived its lease cannot overwrite the new holder's answer). Rows past
-- expires_at are purged in small batches. The key is compared byte for byte (VARBINARY): the
-- default collation would take "abc" and "ABC" for one key.
CREATE TABLE idempotency_keys (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    caller_scope    VARCHAR(330)  NOT NULL,
    idem_key        VARBINARY(255) NOT NULL,
    request_hash    CHAR(64)      NOT NULL,
    request_method  VARCHAR(8)    NOT NULL,
    request_path    VARCHAR(500)  NOT NULL,
    state           VARCHAR(11)   NOT NULL,
    claim_token     VARCHAR(36)   NOT NULL,
    lease_until     DATETIME(6)   NOT NULL,
    response_status INT           NULL,
    content_type    VARCHAR(200)  NULL,
    location        VARCHAR(1000) NULL,
    response_body   MEDIUMBLOB    NULL,
    created_at      DATETIME(6)   NOT NULL,
    expires_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_idempotency_keys_scope_key UNIQUE (caller_scope, idem_key),
    CONSTRAINT chk_idempotency_keys_state CHECK (state IN ('IN_PROGRESS', 'DONE'))
);

CREATE INDEX idx_idempotency_keys_expires ON idempotency_keys (expires_at);
