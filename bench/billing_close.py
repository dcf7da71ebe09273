"""Closing one month of 1,000,000 requests for 1,000 customers.

Setup (not timed): a fresh billing schema (billing's migrations) filled with
1,000,000 postpaid usage rows for 2026-11 by COPY, exactly the rows billing's
usage consumer writes (9 model/provider offerings, ~30 % BYOK, embeddings
included, correctly priced from the catalog); the Stripe fake
(`python -m gammainfra_fakestripe`) as its own process on a free port.
Timed: `gammainfra billing close --period 2026-11 --now 2026-12-02T00:00:00Z`
run as an operator runs it (subprocess): the freeze (one transaction: assign
rows, lines, totals) and the Stripe sync (customers, invoices, invoice items,
finalize; 8 invoices in flight). Then a second close (must create nothing).
Reports wall times and the Stripe calls by kind, from the fake's request log.

    .venv/bin/python bench/billing_close.py [--requests 1000000] [--customers 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import asyncpg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gammainfra_common.migrations import apply_migrations  # noqa: E402
from gammainfra_schemas.catalog import load_catalog, platform_fee, price_usage  # noqa: E402

from tests.integration.billing.usage import CATALOG_VERSION, OFFERINGS  # noqa: E402

_env = os.environ.get
DSN = _env("GI_DATABASE_URL") or f"postgresql://gammainfra:gammainfra@127.0.0.1:{_env('GI_STACK_POSTGRES_PORT', '5432')}/gammainfra"
KAFKA = _env("GI_KAFKA_BOOTSTRAP") or f"127.0.0.1:{_env('GI_STACK_KAFKA_PORT', '9092')}"
MIGRATIONS = ROOT / "services" / "billing" / "gammainfra_billing" / "migrations"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rows(n: int, customers: int, seed: int = 42):
    rng = random.Random(seed)
    catalog = load_catalog(CATALOG_VERSION)
    offers = [(m, p, kind, catalog.offering(m, e)) for m, e, p, kind in OFFERINGS]
    start = datetime(2026, 11, 1, tzinfo=UTC)
    for _ in range(n):
        model, provider, kind, offer = offers[rng.randrange(len(offers))]
        prompt, completion = rng.randrange(1, 20_000), 0 if kind == "embedding" else rng.randrange(0, 4_000)
        byok = rng.random() < 0.3
        cost = price_usage(offer, prompt, completion)
        yield (uuid.uuid4().hex, f"cus_bench_{rng.randrange(customers):05d}",
               start + timedelta(seconds=rng.randrange(29 * 86400)), model, provider, byok, prompt, completion, cost,
               platform_fee(cost, byok, catalog.fees), "postpaid", None)


async def fill(schema: str, n: int, customers: int) -> float:
    await apply_migrations(DSN, schema, MIGRATIONS)
    started = time.monotonic()
    conn = await asyncpg.connect(DSN)
    try:
        batch = []
        for row in rows(n, customers):
            batch.append(row)
            if len(batch) == 100_000:
                await conn.copy_records_to_table("usage_events", schema_name=schema, records=batch)
                batch = []
        if batch:
            await conn.copy_records_to_table("usage_events", schema_name=schema, records=batch)
        await conn.execute(f'ANALYZE "{schema}".usage_events')
    finally:
        await conn.close()
    return time.monotonic() - started


async def close(env: dict) -> tuple[float, dict]:
    started = time.monotonic()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "gammainfra_cli.main", "billing", "close", "--period", "2026-11", "--now",
        "2026-12-02T00:00:00Z", "--json", "--no-directory", env=env, cwd=ROOT, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(err.decode()[-3000:])
    return time.monotonic() - started, json.loads(out)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=1_000)
    args = parser.parse_args()
    schema = f"billing_bench_{uuid.uuid4().hex[:8]}"
    port = free_port()
    fake = subprocess.Popen([sys.executable, "-m", "gammainfra_fakestripe", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    env = {**os.environ, "GI_DATABASE_URL": DSN, "GI_KAFKA_BOOTSTRAP": KAFKA, "GI_BILLING_SCHEMA": schema,
           "GI_STRIPE_API_BASE": f"http://127.0.0.1:{port}", "GI_BILLING_GRACE_S": "3600", "GI_LOG_LEVEL": "WARNING",
           # Events go to a bench topic nobody reads (the relay sends them after the close).
           "GI_BILLING_INVOICES_TOPIC": "bench.billing.invoices", "GI_BILLING_STATE_TOPIC": "bench.billing.state"}
    env.pop("GI_STRIPE_API_KEY", None)
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA)
    await admin.start()
    bench_topics = ["bench.billing.invoices", "bench.billing.state"]
    try:
        await admin.create_topics([NewTopic(t, 3, 1) for t in bench_topics])
    except Exception:  # noqa: BLE001 - already there from an earlier run
        pass
    try:
        fill_s = await fill(schema, args.requests, args.customers)
        first_s, report = await close(env)
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/_fake/requests") as resp:
                requests = await resp.json()
        calls = Counter(f"{r['method']} {_kind(r['path'])}" for r in requests)
        second_s, again = await close(env)
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/_fake/requests") as resp:
                after = await resp.json()
        result = {"requests": args.requests, "customers": args.customers, "fill_s": round(fill_s, 1),
                  "close_wall_s": round(first_s, 1), "close_report": report, "stripe_calls": dict(calls),
                  "stripe_calls_total": sum(calls.values()), "second_close_wall_s": round(second_s, 1),
                  "second_close_new_stripe_calls": len(after) - len(requests),
                  "second_close_invoices_frozen": again["invoices_frozen"],
                  "at": datetime.now(UTC).isoformat(timespec="seconds")}
        print(json.dumps(result, indent=2))
        out = ROOT / "bench" / "results" / "billing_close.json"
        runs = json.loads(out.read_text())["runs"] if out.exists() else []
        out.write_text(json.dumps({"runs": runs + [result]}, indent=2) + "\n")
    finally:
        await admin.close()
        fake.terminate()
        fake.wait()
        conn = await asyncpg.connect(DSN)
        await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        await conn.close()


def _kind(path: str) -> str:
    parts = path.strip("/").split("/")[1:]
    return "/".join(p if not any(p.startswith(x) for x in ("cus_", "in_", "cs_")) else "{id}" for p in parts)


if __name__ == "__main__":
    asyncio.run(main())
