-- Seller account lifecycle (issue 22): requirement deadlines, disconnection, the account reconciler.
-- Stripe's requirements.current_deadline: when what is currently due becomes past due.
ALTER TABLE sellers ADD COLUMN current_deadline DATETIME(6) NULL AFTER disabled_reason;

-- When the seller deauthorized the platform (account.application.deauthorized): they stay, with
-- their history, but nothing of theirs is sold any more.
ALTER TABLE sellers ADD COLUMN disconnected_at DATETIME(6) NULL AFTER current_deadline;

ALTER TABLE sellers DROP CONSTRAINT chk_sellers_status;
ALTER TABLE sellers ADD CONSTRAINT chk_sellers_status
    CHECK (onboarding_status IN ('PENDING', 'RESTRICTED', 'ACTIVE', 'REJECTED', 'DISCONNECTED'));

-- When the account reconciler last tried to read the account, whether or not Stripe answered: an
-- account whose read keeps failing is tried again after ACCOUNT_RECONCILE_AFTER, not on every pass
-- ahead of the others.
ALTER TABLE sellers ADD COLUMN account_checked_at DATETIME(6) NULL AFTER account_synced_at;

-- The reconciler picks the accounts checked longest ago (never checked first).
CREATE INDEX idx_sellers_account_checked ON sellers (account_checked_at, id);

-- One reconciler pass at a time across instances (see V12's job_leases).
INSERT INTO job_leases (name, holder, lease_until) VALUES ('account-reconciler', '', TIMESTAMP '1970-01-01 00:00:01');
