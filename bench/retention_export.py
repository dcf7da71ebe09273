"""The customer export (`GET /v1/account/export`) of one customer holding N request
rows (default 1,000,000), end to end through real processes: a gateway (one
worker) streaming from a metering process's export API over a ledger schema
filled inside PostgreSQL (generate_series). For each format: rows/s, MB/s, and
the peak resident memory (VmRSS sampled every 100 ms) of the gateway and of
metering against their resident memory before the export — flat means constant
memory. Writes bench/results/retention_export.json.

    python bench/retention_export.py [--rows N] [--runs 2]
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

import aiohttp
import asyncpg
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.retention_ledger import fill  # noqa: E402
from gammainfra_common.migrations import apply_migrations  # noqa: E402
from gammainfra_common.postgres import create_pool  # noqa: E402
from gammainfra_gateway.accounts.store import AccountStore  # noqa: E402
from gammainfra_metering.adapters.ledger import open_ledger_pool  # noqa: E402
from gammainfra_metering.adapters.partitions import PartitionManager  # noqa: E402
from gammainfra_metering.service import MIGRATIONS  # noqa: E402
from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP  # noqa: E402
from tests.integration.gateway.harness import GatewayProcess  # noqa: E402
from tests.integration.metering.harness import MeteringProcess  # noqa: E402


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


async def sample_peak(pids: dict[str, int], stop: asyncio.Event) -> dict[str, int]:
    peak = {name: rss_kb(pid) for name, pid in pids.items()}
    while not stop.is_set():
        for name, pid in pids.items():
            peak[name] = max(peak[name], rss_kb(pid))
        await asyncio.sleep(0.1)
    return peak


async def export_once(http, gateway, api_key: str, fmt: str, pids: dict[str, int]) -> dict:
    before = {name: rss_kb(pid) for name, pid in pids.items()}
    stop = asyncio.Event()
    sampler = asyncio.create_task(sample_peak(pids, stop))
    began = time.monotonic()
    size = lines = 0
    async with http.get(f"{gateway.base_url}/account/export", params={"format": fmt},
                        headers={"Authorization": f"Bearer {api_key}"}) as resp:
        assert resp.status == 200, await resp.text()
        async for chunk in resp.content.iter_chunked(1 << 20):
            size += len(chunk)
            lines += chunk.count(b"\n")
    seconds = time.monotonic() - began
    stop.set()
    peak = await sampler
    return {"format": fmt, "seconds": round(seconds, 2), "mb": round(size / 1e6, 1), "lines": lines,
            "mb_per_s": round(size / 1e6 / seconds, 1),
            "rss_before_mb": {k: round(v / 1024, 1) for k, v in before.items()},
            "rss_peak_mb": {k: round(v / 1024, 1) for k, v in peak.items()}}


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    schema = f"bench_export_{uuid.uuid4().hex[:8]}"
    topic = f"bench-export-{uuid.uuid4().hex[:8]}"
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA_BOOTSTRAP)
    await admin.start()
    await admin.create_topics([NewTopic(topic, 1, 1), NewTopic(f"{topic}.dlq", 1, 1)])
    await admin.close()
    gw_pool = await create_pool(DATABASE_URL, min_size=1, max_size=2)
    account, _key, api_key = await AccountStore(gw_pool).create_account(f"bench-{uuid.uuid4().hex[:8]}@example.com",
                                                                        None)
    await apply_migrations(DATABASE_URL, schema, MIGRATIONS)
    pool = await open_ledger_pool(DATABASE_URL, schema, max_size=2)
    partitions = PartitionManager(pool)
    await partitions.load()
    gen = await fill(pool, partitions, account.customer_id, args.rows, datetime(2025, 1, 1, tzinfo=UTC), 12)
    await pool.close()
    metering = MeteringProcess(topic=topic, schema=schema, extra_env={"GI_LOG_LEVEL": "WARNING"})
    gateway = None
    results = []
    try:
        await metering.start()
        gateway = await GatewayProcess(upstream_template="http://127.0.0.1:1/{endpoint}", extra_env={
            "GI_METERING_API_URL": metering.api_url, "GI_LOG_LEVEL": "WARNING"}).start()
        pids = {"gateway": gateway.proc.pid, "metering": metering.proc.pid}
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None)) as http:
            for run in range(args.runs):
                for fmt in ("ndjson", "json", "csv"):
                    r = {"run": run + 1, "rows": args.rows, **await export_once(http, gateway, api_key, fmt, pids)}
                    r["rows_per_s"] = round(args.rows / r["seconds"])
                    print(json.dumps(r), flush=True)
                    results.append(r)
    finally:
        if gateway is not None:
            gateway.stop()
        metering.stop()
        async with gw_pool.acquire() as conn:
            await conn.execute("DELETE FROM gateway.accounts WHERE customer_id = $1", account.customer_id)
        await gw_pool.close()
        conn = await asyncpg.connect(DATABASE_URL)
        await conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
        await conn.close()
    out = ROOT / "bench" / "results" / "retention_export.json"
    out.write_text(json.dumps({"at": datetime.now(UTC).isoformat(), "generate_seconds": round(gen, 1),
                               "results": results}, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    asyncio.run(main())
