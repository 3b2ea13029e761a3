-- Alerts on unusual patterns. A row per episode: opened when a rule's condition starts to hold,
-- closed when it clears. open_key is the alert's key (its rule, and the currency for per-currency
-- rules) while it is open and NULL once closed, so the unique index allows one open alert per key:
-- a second evaluator, or the same one twice, cannot open it again.
CREATE TABLE alerts (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    alert_key  VARCHAR(80)  NOT NULL,
    rule_name  VARCHAR(40)  NOT NULL,
    detail     VARCHAR(500) NOT NULL,
    opened_at  DATETIME(6)  NOT NULL,
    closed_at  DATETIME(6)  NULL,
    open_key   VARCHAR(80)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_alerts_open UNIQUE (open_key)
);

CREATE INDEX ix_alerts_opened ON alerts (opened_at);

-- Jobs that must run on one instance at a time take a lease: a conditional update that succeeds
-- only when the lease has run out or is already theirs.
CREATE TABLE job_leases (
    name        VARCHAR(60)  NOT NULL,
    holder      VARCHAR(100) NOT NULL,
    lease_until DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
);

INSERT INTO job_leases (name, holder, lease_until) VALUES ('alert-evaluation', '', TIMESTAMP '1970-01-01 00:00:01');

-- The alert rules count recent payments and refunds by time.
CREATE INDEX ix_orders_paid_at ON orders (paid_at);
CREATE INDEX ix_order_refunds_created ON order_refunds (created_at);
