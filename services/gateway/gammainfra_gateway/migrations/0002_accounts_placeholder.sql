-- PLACEHOLDER for the accounts branch's migration 0002 (version numbers must run
-- 1..N, and metering's 0003 needs a 0002 to exist on this branch). It does only
-- what the accounts branch's 0002 also does for budgets, idempotently. At merge:
-- keep the accounts branch's 0002 and DELETE this file.
ALTER TABLE api_keys ADD COLUMN IF NOT EXISTS monthly_budget_micro_usd bigint;
