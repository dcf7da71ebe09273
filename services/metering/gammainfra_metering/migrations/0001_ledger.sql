-- The usage ledger. Every row of request_log is one llm.requests.v1 event (its
-- metadata only: the record the privacy policy describes and the export returns).
-- Money is integer micro-USD. Partitions are monthly on finished_at (UTC) and are
-- created by the service (ahead of time, and on demand for any month an event
-- names), never by a default partition: a default partition holding rows of a
-- month would block creating that month's partition later.

-- The shape of the event data, for jsonb_populate_record: the consumer stages the
-- raw JSON and PostgreSQL expands it (C code, in the database process).
CREATE TYPE llm_request_v1 AS (
    request_id              text,
    customer_id             text,
    api_key_id              text,
    started_at              timestamptz,
    finished_at             timestamptz,
    model_requested         text,
    model_dispatched        text,
    provider                text,
    endpoint                text,
    byok                    boolean,
    stream                  boolean,
    status                  text,
    http_status             integer,
    prompt_tokens           bigint,
    completion_tokens       bigint,
    cache_read_tokens       bigint,
    cache_write_tokens      bigint,
    latency_ms              bigint,
    ttfb_ms                 bigint,
    task_label              text,
    cost_micro_usd          bigint,
    platform_fee_micro_usd  bigint,
    routing_version         text,
    catalog_version         text,
    fallback_chain          jsonb,
    health_cache            jsonb,
    error_type              text,
    error_provider          text
);

CREATE TABLE request_log (
    event_id                text NOT NULL,          -- ce_id: the idempotency key
    request_id              text NOT NULL,
    customer_id             text NOT NULL,
    api_key_id              text NOT NULL,
    started_at              timestamptz NOT NULL,
    finished_at             timestamptz NOT NULL,
    model_requested         text,
    model_dispatched        text,
    provider                text,
    endpoint                text,
    byok                    boolean NOT NULL,
    stream                  boolean NOT NULL,
    status                  text NOT NULL,
    http_status             integer NOT NULL,
    prompt_tokens           bigint NOT NULL,
    completion_tokens       bigint NOT NULL,
    cache_read_tokens       bigint NOT NULL,
    cache_write_tokens      bigint NOT NULL,
    latency_ms              bigint NOT NULL,
    ttfb_ms                 bigint,
    task_label              text NOT NULL,
    cost_micro_usd          bigint NOT NULL,        -- the gateway's figure, never corrected
    platform_fee_micro_usd  bigint NOT NULL,
    routing_version         text NOT NULL,
    catalog_version         text NOT NULL,
    fallback_chain          jsonb NOT NULL,
    health_cache            jsonb NOT NULL,
    error_type              text,
    error_provider          text,
    -- What metering computed from the tokens and catalog_version, set only when it
    -- differs from the gateway's figure (or could not be computed: -1).
    expected_cost_micro_usd bigint,
    expected_fee_micro_usd  bigint,
    kafka_partition         integer NOT NULL,
    kafka_offset            bigint NOT NULL,
    -- A duplicate event has the same finished_at, so it lands in the same partition
    -- and this key rejects it: dedupe across batches and restarts.
    PRIMARY KEY (event_id, finished_at)
) PARTITION BY RANGE (finished_at);

-- The export reads one customer's time range.
CREATE INDEX request_log_customer_time ON request_log (customer_id, finished_at);

CREATE TABLE daily_usage (
    day                     date NOT NULL,          -- UTC date of finished_at
    customer_id             text NOT NULL,
    api_key_id              text NOT NULL,
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
    PRIMARY KEY (day, customer_id, api_key_id, model, provider)
);
CREATE INDEX daily_usage_customer ON daily_usage (customer_id, day);

-- Spend per calendar month (UTC). What counts against a budget is
-- cost_micro_usd + platform_fee_micro_usd (see spent_micro_usd).
CREATE TABLE key_spend (
    month                   date NOT NULL,          -- first day of the month
    customer_id             text NOT NULL,
    api_key_id              text NOT NULL,
    requests                bigint NOT NULL,
    cost_micro_usd          bigint NOT NULL,
    platform_fee_micro_usd  bigint NOT NULL,
    PRIMARY KEY (month, api_key_id, customer_id)
);

CREATE TABLE customer_spend (
    month                   date NOT NULL,
    customer_id             text NOT NULL,
    requests                bigint NOT NULL,
    cost_micro_usd          bigint NOT NULL,
    platform_fee_micro_usd  bigint NOT NULL,
    PRIMARY KEY (month, customer_id)
);

-- The Kafka position the rows above correspond to, written in the same
-- transaction as the rows; the consumer seeks here when it is assigned a partition.
CREATE TABLE consumer_offsets (
    topic                   text NOT NULL,
    partition               integer NOT NULL,
    next_offset             bigint NOT NULL,
    updated_at              timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (topic, partition)
);
