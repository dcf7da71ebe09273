-- Retention's audit trail. It holds random ids and times only: no email, name,
-- key or request detail, so keeping it is itself minimal. `erasures` is also the
-- durable list of erased customers that replays and late events consult.

CREATE TABLE erasures (
    erasure_id        text PRIMARY KEY,
    customer_id       text NOT NULL,          -- the random cus_ id, never a person's data
    requested_at      timestamptz NOT NULL,   -- occurred_at of account.erasure_requested
    expected_services text[] NOT NULL,        -- who must ack (fixed when the erasure starts)
    issued_at         timestamptz NOT NULL DEFAULT now(),  -- last time erasure.requested was sent
    attempts          integer NOT NULL DEFAULT 1,
    completed_at      timestamptz              -- set when every expected service acked
);
CREATE INDEX erasures_customer ON erasures (customer_id);
CREATE INDEX erasures_open ON erasures (issued_at) WHERE completed_at IS NULL;

CREATE TABLE erasure_acks (
    erasure_id        text NOT NULL REFERENCES erasures (erasure_id),
    service           text NOT NULL,
    rows_deleted      bigint NOT NULL,
    completed_at      timestamptz NOT NULL,
    PRIMARY KEY (erasure_id, service)
);

CREATE TABLE purges (
    purge_id          text PRIMARY KEY,
    cutoff            timestamptz NOT NULL,
    requested_at      timestamptz NOT NULL,
    expected_services text[] NOT NULL,
    completed_at      timestamptz
);

CREATE TABLE purge_acks (
    purge_id           text NOT NULL REFERENCES purges (purge_id),
    service            text NOT NULL,
    partitions_dropped bigint NOT NULL,
    rows_aggregated    bigint NOT NULL,
    completed_at       timestamptz NOT NULL,
    PRIMARY KEY (purge_id, service)
);
