"""PostgreSQL's side of a metering batch, without Kafka: the real ledger write
(`PostgresLedger.write`, the statement the consumer sends) on a fresh ledger
schema, batch after batch, timed by the backend's own CPU seconds (/proc) so the
figure holds on a loaded machine (and the client's CPU: asyncpg encoding the
parameters); then EXPLAIN (ANALYZE) of one more batch, node
by node: where PostgreSQL's time per event goes.

    python bench/metering_sql.py [--events N] [--batch B] [--before REV] [--fillfactor F] [--jit on|off]

`--before REV` runs the statement of git revision REV instead (the batch as raw
JSON values, PostgreSQL expanding them), for a before/after under the same load.
`--fillfactor F` sets the aggregate tables' fillfactor on the fresh schema, `--jit` the
session's jit setting: PostgreSQL settings tried as levers, A/B in alternating runs.

Prints JSON (µs of backend CPU per event, wall per batch, the plan's top nodes).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout, for tests.*

from gammainfra_common.migrations import apply_migrations  # noqa: E402
from gammainfra_metering.adapters.ledger import PostgresLedger, open_ledger_pool  # noqa: E402
from gammainfra_metering.adapters.ledger_sql import WRITE_BATCH  # noqa: E402
from gammainfra_metering.adapters.partitions import PartitionManager  # noqa: E402
from gammainfra_metering.consumer.staging import stage_batch  # noqa: E402
from gammainfra_metering.service import MIGRATIONS  # noqa: E402
from tests.conftest import DATABASE_URL  # noqa: E402
from tests.integration.metering.events import random_event  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metering_profile import cpu_seconds  # noqa: E402


AGGREGATES = ("daily_usage", "key_spend", "customer_spend")


class _Record:
    """What the staging step reads off a consumed message."""

    __slots__ = ("topic", "partition", "offset", "value", "payload")

    def __init__(self, topic, partition, offset, value, payload):
        self.topic, self.partition, self.offset, self.value, self.payload = topic, partition, offset, value, payload


class _Metered:
    __slots__ = ("event_id", "data", "expected_cost", "expected_fee", "ledger_value")

    def __init__(self, event_id, data):
        self.event_id, self.data, self.expected_cost, self.expected_fee = event_id, data, None, None
        self.ledger_value = None  # the raw value goes to the ledger as it is (MeteredEvent.ledger_value)


def batches(events: int, batch: int):
    rng = random.Random(2026)
    now = datetime.now(UTC)
    out, current = [], []
    for i in range(events):
        data = random_event(rng, customers=1000, keys_per_customer=3,
                            finished_at=now - timedelta(seconds=rng.randrange(0, 3 * 86400)))
        current.append(_Record("bench", i % 6, i // 6, orjson.dumps(data), _Metered(uuid.uuid4().hex, data)))
        if len(current) == batch:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _before(rev: str) -> str:
    source = subprocess.run(["git", "show", f"{rev}:services/metering/gammainfra_metering/adapters/ledger_sql.py"],
                            cwd=ROOT, check=True, capture_output=True, text=True).stdout
    namespace: dict = {}
    exec(compile(source, f"{rev}:ledger_sql.py", "exec"), namespace)  # our own file at that revision
    return namespace["WRITE_BATCH"]


def _json_arguments(work):
    """The earlier statement's parameters: the raw JSON value of each event."""
    by_first_id = {b[0].payload.event_id: [r.value.decode() for r in b] for b in work}

    def arguments(batch, offsets):
        return (*PostgresLedger.arguments(batch, offsets)[:8], by_first_id[batch.event_ids[0]])

    return arguments


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=5000)
    parser.add_argument("--before", help="git revision whose ledger_sql.WRITE_BATCH (raw JSON values) to run")
    parser.add_argument("--fillfactor", type=int, help="fillfactor of daily_usage, key_spend, customer_spend")
    parser.add_argument("--jit", choices=("on", "off"), help="the ledger session's jit setting")
    args = parser.parse_args()
    schema = f"bench_sql_{uuid.uuid4().hex[:8]}"
    await apply_migrations(DATABASE_URL, schema, MIGRATIONS)
    pool = await open_ledger_pool(DATABASE_URL, schema, max_size=1)
    admin = await asyncpg.connect(DATABASE_URL)
    try:
        for table in AGGREGATES if args.fillfactor else ():
            await admin.execute(f'ALTER TABLE "{schema}".{table} SET (fillfactor = {int(args.fillfactor)})')
        ledger = PostgresLedger(pool, PartitionManager(pool))
        work = batches(args.events + args.batch, args.batch)
        staged = [stage_batch(b, collect_refs=False) for b in work]
        async with pool.acquire() as conn:
            backend = await conn.fetchval("SELECT pg_backend_pid()")
        cpu0, wall0, client0 = cpu_seconds(backend), time.perf_counter(), time.process_time()
        statement, arguments = WRITE_BATCH, ledger.arguments
        if args.before:
            statement, arguments = _before(args.before), _json_arguments(work)
        for s in staged[:-1]:
            await ledger._partitions.ensure(s.months)
            async with pool.acquire() as conn:
                if args.jit:  # per acquire: the pool resets a connection's settings when it is released
                    await conn.execute(f"SET jit = {args.jit}")
                await conn.fetch(statement, *arguments(s.batch, s.offsets))
        cpu = cpu_seconds(backend) - cpu0
        client = time.process_time() - client0  # asyncpg encoding the parameters, mostly
        wall = time.perf_counter() - wall0
        last = staged[-1]
        async with pool.acquire() as conn:
            await ledger._partitions.ensure(last.months)
            if args.jit:
                await conn.execute(f"SET jit = {args.jit}")
            plan = await conn.fetchval("EXPLAIN (ANALYZE, FORMAT JSON) " + statement,
                                       *arguments(last.batch, last.offsets))
        nodes = []

        def walk(node, depth=0):
            nodes.append((node.get("Actual Total Time", 0) * node.get("Actual Loops", 1),
                          "  " * depth + node["Node Type"] + " " + str(node.get("Relation Name", node.get("CTE Name", "")))))
            for child in node.get("Plans", []):
                walk(child, depth + 1)

        top = json.loads(plan)[0] if isinstance(plan, str) else plan[0]
        walk(top["Plan"])
        print(json.dumps({
            "events": args.events, "batch": args.batch, "fillfactor": args.fillfactor, "jit_setting": args.jit,
            "backend_cpu_us_per_event": round(1e6 * cpu / args.events, 1),
            "client_cpu_us_per_event": round(1e6 * client / args.events, 1),
            "wall_ms_per_batch": round(1000 * wall / (len(staged) - 1), 1),
            "explain_total_ms": round(top["Execution Time"], 1), "jit": top.get("JIT"),
            "explain_nodes_ms": [f"{ms:9.1f}  {name}" for ms, name in nodes],
            "loadavg": [round(x, 2) for x in __import__("os").getloadavg()],
        }, indent=1))
    finally:
        await pool.close()
        await admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        await admin.close()


if __name__ == "__main__":
    asyncio.run(main())
