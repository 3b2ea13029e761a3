-- Promotion codes are entered on the marketplace and applied to the Checkout Session when it is
-- created, so an order knows what its buyer will pay before Stripe is asked, and its fee is taken of
-- that amount (never of the subtotal before the discount). amount_total now starts as that expected
-- total (amount_subtotal - amount_discount) instead of the subtotal; confirmation still records what
-- Stripe charged in it. Orders made before this migration have no discount.
ALTER TABLE orders ADD COLUMN amount_discount BIGINT NOT NULL DEFAULT 0;

-- The Stripe id of the promotion code (promo_...), on the account that made the session.
ALTER TABLE orders ADD COLUMN promotion_code_id VARCHAR(255) NULL;

ALTER TABLE orders ADD CONSTRAINT chk_orders_discount CHECK (amount_discount >= 0 AND amount_discount <= amount_subtotal);
