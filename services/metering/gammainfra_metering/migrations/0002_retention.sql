-- Retention and erasure (issue 13).
--
-- erased_customers: metering's own tombstone set, learned from lifecycle.v1
-- erasure.requested. Random ids and times only. The ledger write skips every event
-- of a customer listed here (live, late, or replayed), so an erased customer's
-- request rows can never come back.
CREATE TABLE erased_customers (
    customer_id  text PRIMARY KEY,
    erasure_id   text NOT NULL,
    erased_at    timestamptz NOT NULL DEFAULT now()
);

-- What the privacy policy lets us keep after 24 months: monthly totals per
-- customer, model and provider, without request-level detail (no request ids,
-- keys, endpoints, timings, labels or chains).
CREATE TABLE monthly_usage (
    month                   date NOT NULL,          -- first day of the month (UTC)
    customer_id             text NOT NULL,
    model                   text NOT NULL,          -- model_dispatched, else model_requested, else ''
    provider                text NOT NULL,          -- '' when nothing was attempted
    requests                bigint NOT NULL,
    successful              bigint NOT NULL,
    prompt_tokens           bigint NOT NULL,
    completion_tokens       bigint NOT NULL,
    cache_read_tokens       bigint NOT NULL,
    cache_write_tokens      bigint NOT NULL,
    cost_micro_usd          bigint NOT NULL,
    platform_fee_micro_usd  bigint NOT NULL,
    PRIMARY KEY (month, customer_id, model, provider)
);
CREATE INDEX monthly_usage_customer ON monthly_usage (customer_id, month);

-- Request detail before this instant has been purged (the start of the oldest
-- month still kept): the ledger write skips events older than it, so a replay or
-- a very late event cannot bring purged detail back.
CREATE TABLE purge_horizon (
    only_row      boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    purged_before timestamptz NOT NULL
);
