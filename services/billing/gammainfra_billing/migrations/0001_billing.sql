-- Billing's own schema: Stripe ids, usage it has consumed (metadata only, for
-- invoices and the audit), invoices and their lines, credits, webhook events
-- seen, and an outbox for the events it publishes. No email, name, card number,
-- CVV or billing address is ever stored here: Stripe holds those.

CREATE TABLE customers (
    customer_id                 text PRIMARY KEY,
    stripe_customer_id          text,                 -- cus_...; NULL until created in Stripe
    mode                        text NOT NULL DEFAULT 'postpaid' CHECK (mode IN ('postpaid', 'credit')),
    auto_topup_threshold_micro_usd bigint CHECK (auto_topup_threshold_micro_usd >= 0),
    auto_topup_amount_micro_usd bigint CHECK (auto_topup_amount_micro_usd > 0),
    suspended_at                timestamptz,          -- API keys suspended (unpaid invoice past grace)
    state_version               bigint NOT NULL DEFAULT 0,  -- orders billing.account_state.v1 events
    created_at                  timestamptz NOT NULL DEFAULT now(),
    updated_at                  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX customers_stripe ON customers (stripe_customer_id) WHERE stripe_customer_id IS NOT NULL;

-- One row per llm.requests.v1 event (event_id = ce_id: the dedupe). `mode` is the
-- customer's billing mode when the event was consumed: postpaid rows go on
-- invoices (invoice_id set when frozen into one), credit rows draw credits down.
CREATE TABLE usage_events (
    event_id                text PRIMARY KEY,
    customer_id             text NOT NULL,
    finished_at             timestamptz NOT NULL,
    model                   text NOT NULL,
    provider                text NOT NULL,
    byok                    boolean NOT NULL,
    prompt_tokens           bigint NOT NULL,
    completion_tokens       bigint NOT NULL,
    cost_micro_usd          bigint NOT NULL,
    platform_fee_micro_usd  bigint NOT NULL,
    mode                    text NOT NULL CHECK (mode IN ('postpaid', 'credit')),
    invoice_id              text
);
CREATE INDEX usage_uninvoiced ON usage_events (finished_at) WHERE invoice_id IS NULL AND mode = 'postpaid';
CREATE INDEX usage_by_invoice ON usage_events (invoice_id) WHERE invoice_id IS NOT NULL;
CREATE INDEX usage_by_customer ON usage_events (customer_id, finished_at);

-- Periods (UTC calendar months, 'YYYY-MM') whose freeze has run.
CREATE TABLE period_closes (
    period          text PRIMARY KEY,
    closed_at       timestamptz NOT NULL,       -- the (injectable) clock's time of the close
    invoices        integer NOT NULL
);

CREATE TABLE invoices (
    invoice_id              text PRIMARY KEY,    -- inv_<YYYY-MM>_<customer_id>
    customer_id             text NOT NULL,
    period                  text NOT NULL,
    status                  text NOT NULL CHECK (status IN ('frozen', 'draft', 'open', 'paid',
                                                            'payment_failed', 'nothing_due', 'void')),
    stripe_invoice_id       text,
    hosted_invoice_url      text,
    amount_micro_usd        bigint NOT NULL,     -- sum of the lines, before rounding
    platform_fee_micro_usd  bigint NOT NULL,
    amount_cents            bigint NOT NULL,     -- sum of the lines' rounded cents: what Stripe charges
    created_at              timestamptz NOT NULL DEFAULT now(),
    finalized_at            timestamptz,
    paid_at                 timestamptz,
    payment_failed_at       timestamptz,
    UNIQUE (customer_id, period)
);
CREATE UNIQUE INDEX invoices_stripe ON invoices (stripe_invoice_id) WHERE stripe_invoice_id IS NOT NULL;

CREATE TABLE invoice_lines (
    invoice_id              text NOT NULL REFERENCES invoices ON DELETE CASCADE,
    line_key                text NOT NULL,       -- stable: part of the Stripe idempotency key
    kind                    text NOT NULL,       -- usage, byok_fee, platform_fee (+ adjustment flag)
    usage_period            text NOT NULL,       -- the month the usage happened in (< period: an adjustment)
    model                   text,
    provider                text,
    requests                bigint NOT NULL,
    prompt_tokens           bigint NOT NULL,
    completion_tokens       bigint NOT NULL,
    amount_micro_usd        bigint NOT NULL,
    amount_cents            bigint NOT NULL,
    description             text NOT NULL,
    stripe_invoice_item_id  text,
    PRIMARY KEY (invoice_id, line_key)
);

CREATE TABLE checkout_sessions (
    session_id          text PRIMARY KEY,        -- cs_...
    customer_id         text NOT NULL,
    amount_micro_usd    bigint NOT NULL CHECK (amount_micro_usd > 0),
    url                 text NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE credit_grants (
    grant_id            text PRIMARY KEY,        -- the checkout session id: one grant per payment
    customer_id         text NOT NULL,
    amount_micro_usd    bigint NOT NULL CHECK (amount_micro_usd > 0),
    stripe_event_id     text NOT NULL,
    granted_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX credit_grants_customer ON credit_grants (customer_id);

-- Every Stripe event acted on, so a redelivery acts zero more times.
CREATE TABLE webhook_events (
    stripe_event_id     text PRIMARY KEY,
    type                text NOT NULL,
    received_at         timestamptz NOT NULL DEFAULT now()
);

-- Customers billing erased (lifecycle erasure.requested). The audit's replay skips them.
CREATE TABLE erasures (
    customer_id         text PRIMARY KEY,
    erasure_id          text NOT NULL,
    rows_deleted        bigint NOT NULL,
    completed_at        timestamptz NOT NULL DEFAULT now()
);

-- Events staged in the same transaction as the change they announce; relayed to
-- Kafka in id order and deleted once the broker acknowledged.
CREATE TABLE event_outbox (
    id          bigserial PRIMARY KEY,
    topic       text NOT NULL,
    key         text NOT NULL,
    ce_id       text NOT NULL,
    ce_type     text NOT NULL,
    ce_source   text NOT NULL,
    dataschema  text NOT NULL,
    data        text NOT NULL,           -- the JSON value, byte for byte as it goes to Kafka
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- The Kafka position of the usage rows above, written in the same transaction.
CREATE TABLE consumer_offsets (
    topic       text NOT NULL,
    partition   integer NOT NULL,
    next_offset bigint NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (topic, partition)
);
