-- Self-service account API (issue 7): account settings, per-key monthly budgets,
-- and customers' own provider keys (BYOK), encrypted at rest.

-- Bounds the API enforces too; here so no other writer can store more.
ALTER TABLE accounts
    ADD COLUMN byok_fallback_to_managed boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT accounts_email_length CHECK (char_length(email) BETWEEN 3 AND 254),
    ADD CONSTRAINT accounts_name_length CHECK (name IS NULL OR char_length(name) BETWEEN 1 AND 200);

ALTER TABLE api_keys
    ADD CONSTRAINT api_keys_name_length CHECK (name IS NULL OR char_length(name) BETWEEN 1 AND 100);

-- Shared with the metering migration 0003 (which adds the same column, also with
-- IF NOT EXISTS): NULL means no limit. Enforcement is metering's.
ALTER TABLE api_keys ADD COLUMN IF NOT EXISTS monthly_budget_micro_usd bigint
    CHECK (monthly_budget_micro_usd IS NULL OR monthly_budget_micro_usd >= 0);

-- One provider key per customer and provider, AES-256-GCM encrypted. The plaintext
-- is never stored: `ciphertext` includes the GCM tag, `nonce` is random per write,
-- `kek_id` names the key-encryption key of the keyring that sealed it (rotation
-- re-encrypts rows to the active one), and the associated data binds the row to
-- (customer_id, provider), so a ciphertext copied to another row fails to open.
-- `hint` is the last 4 characters only. No soft delete: revoking deletes the row.
CREATE TABLE byok_keys (
    customer_id   text NOT NULL REFERENCES accounts (customer_id) ON DELETE CASCADE,
    provider      text NOT NULL CHECK (provider IN ('openai', 'anthropic', 'google', 'mistral',
                                                   'groq', 'deepseek', 'xai', 'bedrock')),
    kek_id        text NOT NULL,
    nonce         bytea NOT NULL CHECK (octet_length(nonce) = 12),
    ciphertext    bytea NOT NULL,
    hint          text NOT NULL CHECK (char_length(hint) <= 8),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (customer_id, provider)
);
-- Rotation walks the rows not yet under the active key id.
CREATE INDEX byok_keys_kek ON byok_keys (kek_id);
