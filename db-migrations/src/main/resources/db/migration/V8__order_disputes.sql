-- A dispute flags an order DISPUTED whatever state it was in; a won dispute puts it back. The state
-- it had before (PAID, PARTIALLY_REFUNDED, REFUNDED or PAID_OUT_OF_STOCK) is kept so that an order
-- paid after its stock ran out goes back to PAID_OUT_OF_STOCK, not to PAID. NULL on orders
-- disputed before this column existed: they go back to what their refunds make them.
ALTER TABLE orders ADD COLUMN status_before_dispute VARCHAR(24) NULL;

-- Stripe's evidence_details.due_by: the last moment evidence can be submitted for the dispute.
ALTER TABLE orders ADD COLUMN dispute_evidence_due_by DATETIME(6) NULL;
