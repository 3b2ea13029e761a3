-- One Stripe Customer per buyer per Stripe account, reused by every subscription there: a Direct
-- seller's subscriptions live on the seller's connected account (stripe_account_id = acct_...),
-- a Destination seller's on the platform (stripe_account_id = 'platform'). The unique key settles
-- two checkouts of one buyer racing to make the first one.
CREATE TABLE buyer_customers (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    buyer_id           BIGINT       NOT NULL,
    stripe_account_id  VARCHAR(255) NOT NULL,
    stripe_customer_id VARCHAR(255) NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_buyer_customers_account UNIQUE (buyer_id, stripe_account_id),
    CONSTRAINT fk_buyer_customers_buyer FOREIGN KEY (buyer_id) REFERENCES buyers (id)
);

-- A buyer's subscription to a seller's plan, mirroring Stripe's subscription (always from a
-- re-fetch). The row is written PENDING_CHECKOUT when the buyer starts the Checkout Session (the
-- session is keyed on its id) and follows Stripe from the session's completion on: status is
-- Stripe's status in upper case (INCOMPLETE, TRIALING, ACTIVE, PAST_DUE, UNPAID, CANCELED,
-- INCOMPLETE_EXPIRED, PAUSED), or CHECKOUT_EXPIRED for a session left unpaid.
-- plan_id, stripe_price_id, amount, currency and billing_interval are the Price Stripe bills now
-- (a plan switch, in the portal or through the platform, moves them). application_fee_bps is the
-- seller's fee rate when the subscription started, fixed on it at Stripe as
-- application_fee_percent = bps / 100. charge_type and seller_account_id are the plan's routing.
-- started_at: when it first gave access (TRIALING or ACTIVE); ended_at: when access ended
-- (CANCELED, UNPAID, INCOMPLETE_EXPIRED), cleared if it comes back. The KPIs read these two.
CREATE TABLE subscriptions (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    buyer_id               BIGINT       NOT NULL,
    seller_id              BIGINT       NOT NULL,
    plan_id                BIGINT       NOT NULL,
    stripe_price_id        VARCHAR(255) NOT NULL,
    amount                 BIGINT       NOT NULL,
    currency               CHAR(3)      NOT NULL,
    billing_interval       VARCHAR(5)   NOT NULL,
    charge_type            VARCHAR(20)  NOT NULL,
    seller_account_id      VARCHAR(255) NOT NULL,
    application_fee_bps    INT          NOT NULL,
    status                 VARCHAR(30)  NOT NULL,
    checkout_session_id    VARCHAR(255) NULL,
    stripe_customer_id     VARCHAR(255) NULL,
    stripe_subscription_id VARCHAR(255) NULL,
    cancel_at_period_end   BOOLEAN      NOT NULL,
    trial_end              DATETIME(6)  NULL,
    current_period_start   DATETIME(6)  NULL,
    current_period_end     DATETIME(6)  NULL,
    started_at             DATETIME(6)  NULL,
    ended_at               DATETIME(6)  NULL,
    version                BIGINT       NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    updated_at             DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_subscriptions_session UNIQUE (checkout_session_id),
    CONSTRAINT uq_subscriptions_stripe UNIQUE (stripe_subscription_id),
    CONSTRAINT fk_subscriptions_buyer FOREIGN KEY (buyer_id) REFERENCES buyers (id),
    CONSTRAINT fk_subscriptions_seller FOREIGN KEY (seller_id) REFERENCES sellers (id),
    CONSTRAINT fk_subscriptions_plan FOREIGN KEY (plan_id) REFERENCES plans (id)
);

CREATE INDEX ix_subscriptions_buyer ON subscriptions (buyer_id, id);

-- A seller's check of a buyer's access.
CREATE INDEX ix_subscriptions_seller_buyer ON subscriptions (seller_id, buyer_id);

-- The KPIs: active subscriptions and MRR per currency, churn by when access ended.
CREATE INDEX ix_subscriptions_currency_status ON subscriptions (currency, status);

CREATE INDEX ix_subscriptions_currency_ended ON subscriptions (currency, ended_at);
