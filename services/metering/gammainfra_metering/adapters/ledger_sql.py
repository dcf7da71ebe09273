"""The SQL of one ledger write, kept apart from the code that runs it.

One statement does the whole effect of a batch: take the batch as arrays
(unnest) and one JSON array of the raw values, expand each value into a request_log row (ON CONFLICT DO
NOTHING: the dedupe), fold ONLY the rows actually inserted into the daily
aggregates and the monthly spend, and store the consumed offsets. A single
statement is a single transaction and a single round trip, so PostgreSQL works
on it while the consumer processes the next batch. Nothing resurrected: events of erased customers and events older than the
purge horizon are consumed (offsets advance) but never inserted (see
migrations/0002). (The filter sits after `INSERT INTO request_log` so that text
stays within pg_stat_activity's first 1024 characters, which ops and tests read.) It returns the new monthly
spend of every key and customer the batch touched (for the Redis budget sync),
each row also carrying how many rows were inserted (no row: nothing inserted).
Unqualified names resolve through the connection's search_path (the service's
schema, or a replay's scratch schema).
"""

EVENT_COLUMNS = (
    "request_id", "customer_id", "api_key_id", "started_at", "finished_at", "model_requested",
    "model_dispatched", "provider", "endpoint", "byok", "stream", "status", "http_status",
    "prompt_tokens", "completion_tokens", "cache_read_tokens", "cache_write_tokens", "latency_ms",
    "ttfb_ms", "task_label", "cost_micro_usd", "platform_fee_micro_usd", "routing_version",
    "catalog_version", "fallback_chain", "health_cache", "error_type", "error_provider",
)

_EVENT_LIST = ", ".join(EVENT_COLUMNS)

# $1 text[] topics, $2 int[] partitions, $3 bigint[] next offsets; the batch: $4 event ids,
# $5 Kafka partitions, $6 offsets, $7/$8 expected cost/fee (NULL when the cost check agreed),
# one array each, and $9 the raw JSON values as ONE json array (text: the pool's json codec
# would encode a str again), in the same order. ROWS FROM
# zips them by position. One json document and json_populate_recordset instead of a text[]
# of values and jsonb_populate_record per row: ~40% of the statement's time was expanding
# the JSON, and one document parsed as json (not jsonb: no binary form built and then read
# back) costs PostgreSQL and asyncpg less (bench/README.md, issue 17). No DISTINCT ON: the
# same event twice in one batch is absorbed by ON CONFLICT DO NOTHING like a repeat from an
# earlier batch (the second row meets the first in the index), and only inserted rows are
# folded into the aggregates.
WRITE_BATCH = f"""
WITH batch AS (
    SELECT * FROM ROWS FROM (
        unnest($4::text[]), unnest($5::integer[]), unnest($6::bigint[]), unnest($7::bigint[]),
        unnest($8::bigint[]), json_populate_recordset(NULL::llm_request_v1, $9::text::json)
    ) AS s (event_id, kpartition, koffset, expected_cost, expected_fee)
),
ins AS (
    INSERT INTO request_log (event_id, {_EVENT_LIST}, expected_cost_micro_usd,
                             expected_fee_micro_usd, kafka_partition, kafka_offset)
    SELECT event_id, {_EVENT_LIST}, expected_cost, expected_fee, kpartition, koffset FROM batch b
     WHERE NOT EXISTS (SELECT 1 FROM erased_customers e WHERE e.customer_id = b.customer_id)
       AND b.finished_at >= coalesce((SELECT purged_before FROM purge_horizon), '-infinity')
    ON CONFLICT (event_id, finished_at) DO NOTHING
    RETURNING customer_id, api_key_id, finished_at, model_dispatched, model_requested, provider,
              status, prompt_tokens, completion_tokens, cache_read_tokens, cache_write_tokens,
              cost_micro_usd, platform_fee_micro_usd
),
daily AS (
    INSERT INTO daily_usage AS d (day, customer_id, api_key_id, model, provider, requests, successful,
                                  prompt_tokens, completion_tokens, cache_read_tokens,
                                  cache_write_tokens, cost_micro_usd, platform_fee_micro_usd)
    SELECT (finished_at AT TIME ZONE 'UTC')::date, customer_id, api_key_id,
           coalesce(model_dispatched, model_requested, ''), coalesce(provider, ''),
           count(*), count(*) FILTER (WHERE status = 'success'), sum(prompt_tokens),
           sum(completion_tokens), sum(cache_read_tokens), sum(cache_write_tokens),
           sum(cost_micro_usd), sum(platform_fee_micro_usd)
      FROM ins GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (day, customer_id, api_key_id, model, provider) DO UPDATE SET
        requests = d.requests + EXCLUDED.requests,
        successful = d.successful + EXCLUDED.successful,
        prompt_tokens = d.prompt_tokens + EXCLUDED.prompt_tokens,
        completion_tokens = d.completion_tokens + EXCLUDED.completion_tokens,
        cache_read_tokens = d.cache_read_tokens + EXCLUDED.cache_read_tokens,
        cache_write_tokens = d.cache_write_tokens + EXCLUDED.cache_write_tokens,
        cost_micro_usd = d.cost_micro_usd + EXCLUDED.cost_micro_usd,
        platform_fee_micro_usd = d.platform_fee_micro_usd + EXCLUDED.platform_fee_micro_usd
),
kspend AS (
    INSERT INTO key_spend AS k (month, customer_id, api_key_id, requests, cost_micro_usd,
                                platform_fee_micro_usd)
    SELECT date_trunc('month', finished_at AT TIME ZONE 'UTC')::date, customer_id, api_key_id,
           count(*), sum(cost_micro_usd), sum(platform_fee_micro_usd)
      FROM ins GROUP BY 1, 2, 3
    ON CONFLICT (month, api_key_id, customer_id) DO UPDATE SET
        requests = k.requests + EXCLUDED.requests,
        cost_micro_usd = k.cost_micro_usd + EXCLUDED.cost_micro_usd,
        platform_fee_micro_usd = k.platform_fee_micro_usd + EXCLUDED.platform_fee_micro_usd
    RETURNING month, customer_id, api_key_id, cost_micro_usd + platform_fee_micro_usd AS spent
),
cspend AS (
    INSERT INTO customer_spend AS c (month, customer_id, requests, cost_micro_usd,
                                     platform_fee_micro_usd)
    SELECT date_trunc('month', finished_at AT TIME ZONE 'UTC')::date, customer_id,
           count(*), sum(cost_micro_usd), sum(platform_fee_micro_usd)
      FROM ins GROUP BY 1, 2
    ON CONFLICT (month, customer_id) DO UPDATE SET
        requests = c.requests + EXCLUDED.requests,
        cost_micro_usd = c.cost_micro_usd + EXCLUDED.cost_micro_usd,
        platform_fee_micro_usd = c.platform_fee_micro_usd + EXCLUDED.platform_fee_micro_usd
    RETURNING month, customer_id, NULL::text AS api_key_id, cost_micro_usd + platform_fee_micro_usd AS spent
),
offsets AS (
    INSERT INTO consumer_offsets AS o (topic, partition, next_offset)
    SELECT * FROM unnest($1::text[], $2::integer[], $3::bigint[])
    ON CONFLICT (topic, partition) DO UPDATE SET next_offset = EXCLUDED.next_offset, updated_at = now()
)
SELECT month, customer_id, api_key_id, spent, (SELECT count(*) FROM ins) AS inserted FROM kspend
UNION ALL
SELECT month, customer_id, api_key_id, spent, (SELECT count(*) FROM ins) AS inserted FROM cspend
"""

STORED_OFFSETS = "SELECT partition, next_offset FROM consumer_offsets WHERE topic = $1"
