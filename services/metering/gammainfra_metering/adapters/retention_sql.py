"""The SQL of erasure and purge in the ledger (kept apart from the code that runs it).

ERASE runs after `LOCK TABLE request_log IN SHARE ROW EXCLUSIVE MODE` in the same
transaction: that waits for every ledger write in flight and holds new ones back
until commit; a write that then runs takes its snapshot after our commit and sees
the tombstone. So no row of the customer can land after the erasure, whatever
was in flight.

FOLD_MONTH adds one month's detail rows into monthly_usage (the totals the
policy lets us keep); the caller then deletes that month's finer aggregates and
drops the partition, all in one transaction.
"""

from .ledger_sql import EVENT_COLUMNS  # noqa: F401 - documents that request_log holds exactly these

TOMBSTONE = ("INSERT INTO erased_customers (customer_id, erasure_id) VALUES ($1, $2) "
             "ON CONFLICT (customer_id) DO NOTHING")

# Every table of the ledger that names a customer; one DELETE each.
CUSTOMER_TABLES = ("request_log", "daily_usage", "key_spend", "customer_spend", "monthly_usage")

FOLD_MONTH = """
INSERT INTO monthly_usage AS m (month, customer_id, model, provider, requests, successful, prompt_tokens,
                                completion_tokens, cache_read_tokens, cache_write_tokens, cost_micro_usd,
                                platform_fee_micro_usd)
SELECT $1::date, customer_id, coalesce(model_dispatched, model_requested, ''), coalesce(provider, ''),
       count(*), count(*) FILTER (WHERE status = 'success'), sum(prompt_tokens), sum(completion_tokens),
       sum(cache_read_tokens), sum(cache_write_tokens), sum(cost_micro_usd), sum(platform_fee_micro_usd)
  FROM {partition} GROUP BY 2, 3, 4
ON CONFLICT (month, customer_id, model, provider) DO UPDATE SET
    requests = m.requests + EXCLUDED.requests,
    successful = m.successful + EXCLUDED.successful,
    prompt_tokens = m.prompt_tokens + EXCLUDED.prompt_tokens,
    completion_tokens = m.completion_tokens + EXCLUDED.completion_tokens,
    cache_read_tokens = m.cache_read_tokens + EXCLUDED.cache_read_tokens,
    cache_write_tokens = m.cache_write_tokens + EXCLUDED.cache_write_tokens,
    cost_micro_usd = m.cost_micro_usd + EXCLUDED.cost_micro_usd,
    platform_fee_micro_usd = m.platform_fee_micro_usd + EXCLUDED.platform_fee_micro_usd
"""

DROP_DAILY = "DELETE FROM daily_usage WHERE day >= $1::date AND day < $2::date"
DROP_MONTHLY = (
    "DELETE FROM key_spend WHERE month = $1::date",
    "DELETE FROM customer_spend WHERE month = $1::date",
)

MOVE_HORIZON = """
INSERT INTO purge_horizon (only_row, purged_before) VALUES (true, $1)
ON CONFLICT (only_row) DO UPDATE SET purged_before = greatest(purge_horizon.purged_before, EXCLUDED.purged_before)
"""
