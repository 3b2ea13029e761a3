-- The admins' KPIs (docs/kpis.md) are SQL aggregates over a currency and a time window, so each
-- window they read has an index that starts with the currency: orders paid (gross volume, fees,
-- refunds, time to pay), checkouts started (conversion, drop-off), disputes opened and closed.
-- Failed and expired orders are found by (status, updated_at), which V5 already indexes: both are
-- final states, so updated_at is the moment the order entered them.
CREATE INDEX ix_orders_currency_paid ON orders (currency, paid_at);

CREATE INDEX ix_orders_currency_created ON orders (currency, created_at);

-- When the platform first saw the order's dispute open, and when it saw it close (won, lost or
-- warning_closed): set by the same conditional UPDATE that records the dispute's move. NULL on
-- orders disputed before this migration, which the dispute figures therefore leave out.
ALTER TABLE orders ADD COLUMN dispute_opened_at DATETIME(6) NULL;

ALTER TABLE orders ADD COLUMN dispute_closed_at DATETIME(6) NULL;

CREATE INDEX ix_orders_currency_dispute_opened ON orders (currency, dispute_opened_at);

CREATE INDEX ix_orders_currency_dispute_closed ON orders (currency, dispute_closed_at);
