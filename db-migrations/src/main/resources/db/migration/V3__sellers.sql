-- Sellers and their connected accounts. The onboarding columns are a projection of the Stripe
-- account (re-fetched on every account.updated); Stripe stays the truth. Requirement lists are
-- one code per line, NULL when empty (TEXT: five long VARCHARs would pass InnoDB's row size limit).
CREATE TABLE sellers (
    id                          BIGINT        NOT NULL AUTO_INCREMENT,
    email                       VARCHAR(254)  NOT NULL,
    password_hash               VARCHAR(255)  NOT NULL,
    display_name                VARCHAR(120)  NOT NULL,
    country                     CHAR(2)       NOT NULL,
    default_currency            CHAR(3)       NOT NULL,
    charge_type                 VARCHAR(16)   NOT NULL,
    account_type                VARCHAR(16)   NOT NULL,
    stripe_account_id           VARCHAR(64)   NULL,
    -- Fixed at registration, before Stripe is called: the idempotency key of the account creation,
    -- so a retry after a crash gets the same account back instead of a second one.
    account_request_key         CHAR(36)      NOT NULL,
    onboarding_status           VARCHAR(16)   NOT NULL DEFAULT 'PENDING',
    details_submitted           BOOLEAN       NOT NULL DEFAULT FALSE,
    charges_enabled             BOOLEAN       NOT NULL DEFAULT FALSE,
    payouts_enabled             BOOLEAN       NOT NULL DEFAULT FALSE,
    card_payments_capability    VARCHAR(16)   NULL,
    transfers_capability        VARCHAR(16)   NULL,
    currently_due               TEXT          NULL,
    past_due                    TEXT          NULL,
    eventually_due              TEXT          NULL,
    future_currently_due        TEXT          NULL,
    future_eventually_due       TEXT          NULL,
    disabled_reason             VARCHAR(100)  NULL,
    account_synced_at           DATETIME(6)   NULL,
    -- created (epoch seconds) of the newest account.updated applied: an older one changes nothing.
    last_account_event_created  BIGINT        NOT NULL DEFAULT 0,
    version                     BIGINT        NOT NULL DEFAULT 0,
    created_at                  DATETIME(6)   NOT NULL,
    updated_at                  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_sellers_email UNIQUE (email),
    CONSTRAINT uq_sellers_stripe_account UNIQUE (stripe_account_id),
    CONSTRAINT chk_sellers_charge_type CHECK (charge_type IN ('DIRECT', 'DESTINATION')),
    CONSTRAINT chk_sellers_account_type CHECK (account_type IN ('EXPRESS', 'STANDARD')),
    CONSTRAINT chk_sellers_status CHECK (onboarding_status IN ('PENDING', 'RESTRICTED', 'ACTIVE', 'REJECTED'))
);

CREATE INDEX idx_sellers_status ON sellers (onboarding_status, id);

-- The secret in an onboarding link's refresh and return URLs. Only its SHA-256 is kept: a copy of
-- the table lets nobody mint onboarding links for a seller.
CREATE TABLE onboarding_link_tokens (
    token_hash  CHAR(64)    NOT NULL,
    seller_id   BIGINT      NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_onboarding_tokens_seller FOREIGN KEY (seller_id) REFERENCES sellers (id)
);

CREATE INDEX idx_onboarding_tokens_seller ON onboarding_link_tokens (seller_id, expires_at);

ALTER TABLE products ADD CONSTRAINT fk_products_seller FOREIGN KEY (seller_id) REFERENCES sellers (id);
