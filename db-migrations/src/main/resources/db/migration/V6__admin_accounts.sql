-- Admins who sign in to the pages and the admin API. The first one is created at start-up from
-- ADMIN_EMAIL / ADMIN_PASSWORD; passwords are stored only as PBKDF2 hashes
-- (algorithm:iterations:salt:hash, the format of Jakarta Security's Pbkdf2PasswordHash).
CREATE TABLE admin_accounts (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    email           VARCHAR(254)  NOT NULL,
    password_hash   VARCHAR(255)  NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_admin_accounts_email UNIQUE (email)
);
