-- Transactional outbox for accounts.v1 (0003 is metering's budgets migration).
-- Every account change inserts its event here in the SAME transaction as the
-- change, so a committed change always has its event, whichever process made it
-- (gateway API or operator CLI) and whatever dies afterwards. A relay sends rows
-- to Kafka in id order and deletes them only after the broker acknowledged.
-- Rows hold metadata only (the accounts.v1 schema has no field for an email, a
-- name or key material).
CREATE TABLE account_outbox (
    id          bigserial PRIMARY KEY,
    customer_id text NOT NULL,
    ce_id       text NOT NULL UNIQUE,
    ce_type     text NOT NULL,
    ce_time     timestamptz NOT NULL,
    data        jsonb NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
