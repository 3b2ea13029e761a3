-- Platform fees: the admin's default per currency, per-seller overrides, and the audit of every
-- change. A fee is basis points of the amount (0..10000, 10000 = 100 %) plus a fixed amount in the
-- currency's minor units (yen for jpy, cents for eur).

-- One default per currency. Each supported currency is seeded at 10 % + 0, the same as the code's
-- fallback for a currency without a row: a row that always exists is what an admin's change locks
-- (SELECT ... FOR UPDATE), so two concurrent changes queue instead of both inserting.
-- updated_at/updated_by are NULL on the seeded rows: no admin has changed them yet.
CREATE TABLE fee_schedules (
    currency      CHAR(3)      NOT NULL,
    basis_points  INT          NOT NULL,
    fixed_amount  BIGINT       NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    updated_at    DATETIME(6)  NULL,
    updated_by    VARCHAR(254) NULL,
    PRIMARY KEY (currency),
    CONSTRAINT chk_fee_schedules_bps CHECK (basis_points BETWEEN 0 AND 10000),
    CONSTRAINT chk_fee_schedules_fixed CHECK (fixed_amount >= 0)
);

INSERT INTO fee_schedules (currency, basis_points, fixed_amount) VALUES
    ('usd', 1000, 0), ('eur', 1000, 0), ('gbp', 1000, 0), ('chf', 1000, 0),
    ('cad', 1000, 0), ('aud', 1000, 0), ('nzd', 1000, 0), ('sek', 1000, 0),
    ('nok', 1000, 0), ('dkk', 1000, 0), ('pln', 1000, 0), ('czk', 1000, 0),
    ('jpy', 1000, 0), ('krw', 1000, 0), ('sgd', 1000, 0), ('hkd', 1000, 0);

-- A seller's own rate in one currency, in place of the default. Changes lock the seller row first,
-- so concurrent changes of a seller's overrides queue even when the override row does not exist yet.
CREATE TABLE seller_fee_overrides (
    seller_id     BIGINT       NOT NULL,
    currency      CHAR(3)      NOT NULL,
    basis_points  INT          NOT NULL,
    fixed_amount  BIGINT       NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(254) NOT NULL,
    PRIMARY KEY (seller_id, currency),
    CONSTRAINT fk_seller_fee_overrides_seller FOREIGN KEY (seller_id) REFERENCES sellers (id),
    CONSTRAINT chk_seller_fee_overrides_bps CHECK (basis_points BETWEEN 0 AND 10000),
    CONSTRAINT chk_seller_fee_overrides_fixed CHECK (fixed_amount >= 0)
);

-- Append-only history, written in the same transaction as the change it describes. A NULL before
-- is a first override; a NULL after is an override removed. seller_id has no foreign key on purpose:
-- history outlives whatever it describes.
CREATE TABLE fee_audit (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    changed_at    DATETIME(6)  NOT NULL,
    changed_by    VARCHAR(254) NOT NULL,
    scope         VARCHAR(16)  NOT NULL,
    seller_id     BIGINT       NULL,
    currency      CHAR(3)      NOT NULL,
    before_bps    INT          NULL,
    before_fixed  BIGINT       NULL,
    after_bps     INT          NULL,
    after_fixed   BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT chk_fee_audit_scope CHECK ((scope = 'DEFAULT' AND seller_id IS NULL)
                                          OR (scope = 'SELLER' AND seller_id IS NOT NULL))
);

CREATE INDEX idx_fee_audit_seller ON fee_audit (seller_id, currency);
