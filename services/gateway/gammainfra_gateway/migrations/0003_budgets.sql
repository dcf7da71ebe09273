-- Monthly spend limits in integer micro-USD (cost + platform fee), NULL = no limit.
-- Set by `gammainfra budgets set`; read with the API key (auth/store.py) and
-- enforced by gammainfra_gateway.budget against Redis counters metering corrects.
-- IF NOT EXISTS: the accounts branch's 0002 adds the api_keys column too.
ALTER TABLE accounts ADD COLUMN IF NOT EXISTS monthly_budget_micro_usd bigint;
ALTER TABLE api_keys ADD COLUMN IF NOT EXISTS monthly_budget_micro_usd bigint;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'accounts_budget_non_negative'
                                                 AND conrelid = 'accounts'::regclass) THEN
        ALTER TABLE accounts ADD CONSTRAINT accounts_budget_non_negative CHECK (monthly_budget_micro_usd >= 0);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'api_keys_budget_non_negative'
                                                 AND conrelid = 'api_keys'::regclass) THEN
        ALTER TABLE api_keys ADD CONSTRAINT api_keys_budget_non_negative CHECK (monthly_budget_micro_usd >= 0);
    END IF;
END $$;
