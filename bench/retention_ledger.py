"""Retention in metering's ledger, measured on the real PostgreSQL:

1. erasure wall time of one customer with N request rows (default 1,000,000,
   spread over 12 monthly partitions, among other customers' rows), through
   `LedgerRetention.erase` (the lock, the tombstone, the deletes in one transaction);
2. purge time of one month holding M rows (default 10,000,000) through
   `LedgerRetention.purge` (fold into monthly_usage, drop finer aggregates, DROP
   the partition: never a row DELETE).

Rows are generated inside PostgreSQL with generate_series (fast), in a scratch
schema migrated like metering's; the schema is dropped afterwards. Writes
bench/results/retention_ledger.json.

    python bench/retention_ledger.py [--erase-rows N] [--purge-rows M]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the checkout, for tests.*

from gammainfra_common.migrations import apply_migrations  # noqa: E402
from gammainfra_metering.adapters.ledger import open_ledger_pool  # noqa: E402
from gammainfra_metering.adapters.ledger_retention import LedgerRetention  # noqa: E402
from gammainfra_metering.adapters.partitions import PartitionManager  # noqa: E402
from gammainfra_metering.service import MIGRATIONS  # noqa: E402
from tests.conftest import DATABASE_URL  # noqa: E402

# $1 customer, $2 rows, $3 first instant, $4 seconds spanned, $5 id prefix
GENERATE = """
INSERT INTO request_log (event_id, request_id, customer_id, api_key_id, started_at, finished_at, model_requested,
    model_dispatched, provider, endpoint, byok, stream, status, http_status, prompt_tokens, completion_tokens,
    cache_read_tokens, cache_write_tokens, latency_ms, ttfb_ms, task_label, cost_micro_usd, platform_fee_micro_usd,
    routing_version, catalog_version, fallback_chain, health_cache, error_type, error_provider, kafka_partition,
    kafka_offset)
SELECT $5 || g, 'req_' || $5 || g, $1, 'key_' || (g % 3), t - interval '850 ms', t,
       m, m, 'openai', 'openai-us', false, false, 'success', 200, 1000 + g % 97, 200 + g % 13, 0, 0, 850, 300, 'chat',
       1230 + g % 7, 61, '2026-11-20.2', '2026-11-26.1',
       '[{"provider":"openai","endpoint":"openai-us","model":"openai/gpt-4o-mini","outcome":"success","error_type":null,"latency_ms":840}]'::jsonb,
       '{"snapshot_version":7,"age_ms":120,"stale":false}'::jsonb, NULL, NULL, 0, g
  FROM generate_series(1, $2::bigint) g,
       LATERAL (SELECT $3::timestamptz + ((g - 1) * $4::double precision / $2) * interval '1 second' AS t,
                       (ARRAY['openai/gpt-4o-mini', 'openai/gpt-4.1'])[1 + g % 2] AS m) x
"""

AGGREGATES = """
INSERT INTO daily_usage SELECT (finished_at AT TIME ZONE 'UTC')::date, customer_id, api_key_id, model_dispatched,
       provider, count(*), count(*), sum(prompt_tokens), sum(completion_tokens), 0, 0, sum(cost_micro_usd),
       sum(platform_fee_micro_usd) FROM request_log WHERE customer_id = $1 GROUP BY 1, 2, 3, 4, 5;
"""


async def fill(pool, partitions: PartitionManager, customer: str, rows: int, start: datetime, months: int) -> float:
    span = (datetime(start.year + (start.month - 1 + months) // 12, (start.month - 1 + months) % 12 + 1, 1,
                     tzinfo=UTC) - start).total_seconds() - 1
    month_list = []
    y, m = start.year, start.month
    for _ in range(months):
        month_list.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    await partitions.ensure(month_list)
    began = time.monotonic()
    schema = await pool.fetchval("SELECT current_schema()")
    # Its own connection: generating 10M rows outlasts the ledger pool's command timeout.
    conn = await asyncpg.connect(DATABASE_URL, server_settings={"search_path": schema}, command_timeout=None)
    try:
        await conn.execute(GENERATE, customer, rows, start, span, f"{customer}_")
        await conn.execute(AGGREGATES, customer)
        await conn.execute("ANALYZE request_log")
    finally:
        await conn.close()
    return time.monotonic() - began


async def run_once(args, run: int) -> dict:
    schema = f"bench_retention_{uuid.uuid4().hex[:8]}"
    await apply_migrations(DATABASE_URL, schema, MIGRATIONS)
    pool = await open_ledger_pool(DATABASE_URL, schema, max_size=2)
    result: dict = {"run": run}
    try:
        partitions = PartitionManager(pool)
        await partitions.load()
        retention = LedgerRetention(pool, partitions)
        victim, other = f"cus_victim{run}", f"cus_other{run}"
        gen_s = await fill(pool, partitions, victim, args.erase_rows, datetime(2025, 1, 1, tzinfo=UTC), 12)
        await fill(pool, partitions, other, args.erase_rows // 4, datetime(2025, 1, 1, tzinfo=UTC), 12)
        began = time.monotonic()
        deleted = await retention.erase(victim, f"era_bench{run}")
        result["erasure"] = {"rows": args.erase_rows, "rows_deleted": deleted,
                             "seconds": round(time.monotonic() - began, 2), "generate_seconds": round(gen_s, 1)}
        print(json.dumps(result["erasure"]), flush=True)

        gen_s = await fill(pool, partitions, "cus_purge", args.purge_rows, datetime(2023, 6, 1, tzinfo=UTC), 1)
        began = time.monotonic()
        purged = await retention.purge(datetime(2025, 1, 1, tzinfo=UTC))
        result["purge"] = {"rows": args.purge_rows, "partitions_dropped": purged.partitions_dropped,
                           "rows_aggregated": purged.rows_aggregated,
                           "seconds": round(time.monotonic() - began, 2), "generate_seconds": round(gen_s, 1)}
        print(json.dumps(result["purge"]), flush=True)
    finally:
        await pool.close()
        conn = await asyncpg.connect(DATABASE_URL)
        await conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
        await conn.close()
    return result


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--erase-rows", type=int, default=1_000_000)
    parser.add_argument("--purge-rows", type=int, default=10_000_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    runs = [await run_once(args, i + 1) for i in range(args.runs)]
    out = ROOT / "bench" / "results" / "retention_ledger.json"
    out.write_text(json.dumps({"at": datetime.now(UTC).isoformat(), "runs": runs}, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    asyncio.run(main())
