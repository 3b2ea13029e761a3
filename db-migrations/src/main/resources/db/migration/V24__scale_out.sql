-- Scaling out (docs/scaling.md): what instances behind one load balancer must share.

-- The order reconciler runs on one instance at a time, as the alert evaluation (V12) and the
-- account reconciler (V20) do, so N instances do not all read the same orders from Stripe.
INSERT INTO job_leases (name, holder, lease_until) VALUES ('order-reconciler', '', TIMESTAMP '1970-01-01 00:00:01');

-- Failed sign-ins, counted across instances: one row per failure under the SHA-256 digest of its
-- key (an email or a client address, never the text itself). Bounded: each key keeps only its
-- newest failures, and rows older than the throttling window are purged as new ones arrive.
CREATE TABLE sign_in_failures (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    key_digest   CHAR(43)    NOT NULL,
    failed_at_ms BIGINT      NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_sign_in_failures_key ON sign_in_failures (key_digest, failed_at_ms);
CREATE INDEX ix_sign_in_failures_age ON sign_in_failures (failed_at_ms);
