-- Sellers' subscription plans. A plan is written PENDING_STRIPE before its Stripe Product and
-- Price are made (they are keyed on its id) and is offered to buyers only once ACTIVE.
-- charge_type and seller_account_id fix where its Stripe objects live (the connected account for
-- DIRECT, the platform for DESTINATION), as they were when it was created.
CREATE TABLE plans (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    seller_id         BIGINT        NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    description       VARCHAR(4000) NOT NULL,
    amount            BIGINT        NOT NULL,
    currency          CHAR(3)       NOT NULL,
    billing_interval  VARCHAR(5)    NOT NULL,
    trial_days        INT           NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    charge_type       VARCHAR(20)   NOT NULL,
    seller_account_id VARCHAR(255)  NOT NULL,
    stripe_product_id VARCHAR(255)  NULL,
    stripe_price_id   VARCHAR(255)  NULL,
    price_version     INT           NOT NULL,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_plans_seller FOREIGN KEY (seller_id) REFERENCES sellers (id)
);

CREATE INDEX idx_plans_seller_status ON plans (seller_id, status);

-- Every Stripe Price a plan has had: subscribers started on an older one keep being billed on it.
CREATE TABLE plan_prices (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id          BIGINT       NOT NULL,
    price_version    INT          NOT NULL,
    stripe_price_id  VARCHAR(255) NOT NULL,
    amount           BIGINT       NOT NULL,
    currency         CHAR(3)      NOT NULL,
    billing_interval VARCHAR(5)   NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_plan_prices_version UNIQUE (plan_id, price_version),
    CONSTRAINT fk_plan_prices_plan FOREIGN KEY (plan_id) REFERENCES plans (id)
);
