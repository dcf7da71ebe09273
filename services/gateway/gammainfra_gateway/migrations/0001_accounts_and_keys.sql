-- Accounts and GammaInfra API keys. Only a bcrypt hash of each key's secret is
-- stored; the key id is public (it appears in events as api_key_id).
CREATE TABLE accounts (
    customer_id            text PRIMARY KEY,
    email                  text NOT NULL,
    name                   text,
    processing_objection   boolean NOT NULL DEFAULT false,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX accounts_email_key ON accounts (lower(email));

CREATE TABLE api_keys (
    key_id                 text PRIMARY KEY,
    customer_id            text NOT NULL REFERENCES accounts (customer_id) ON DELETE CASCADE,
    secret_hash            bytea NOT NULL,
    name                   text,
    requests_per_minute    integer CHECK (requests_per_minute > 0),
    created_at             timestamptz NOT NULL DEFAULT now(),
    revoked_at             timestamptz
);
CREATE INDEX api_keys_customer ON api_keys (customer_id);
