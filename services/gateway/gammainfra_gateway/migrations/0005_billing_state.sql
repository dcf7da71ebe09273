-- The billing state of each account as billing decided it (billing.account_state.v1),
-- kept by the gateway to enforce it on the hot path without asking anyone: read
-- with the API key (auth/store.py, one query) and cached with it. Only the newest
-- version per customer is kept. Ids, amounts and flags only.
CREATE TABLE billing_state (
    customer_id             text PRIMARY KEY,
    mode                    text NOT NULL CHECK (mode IN ('postpaid', 'credit')),
    credit_limit_micro_usd  bigint CHECK (credit_limit_micro_usd >= 0),
    credit_month            text,
    suspended               boolean NOT NULL,
    suspension_reason       text,
    version                 bigint NOT NULL,
    updated_at              timestamptz NOT NULL DEFAULT now()
);
