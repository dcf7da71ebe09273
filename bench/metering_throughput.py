"""Metering throughput on this machine, on real infrastructure: N synthetic valid
llm.requests.v1 events (default 1,000,000; 1,000 customers x 3 keys, 3 models,
correct costs) are produced to a dedicated 6-partition topic; then N metering
processes in ONE consumer group (`python -m gammainfra_metering`, Redis budget sync
on; `--processes`, default 2: one per core) consume them into a fresh ledger schema. Measured: events/s overall and sustained (10% -> 90% of
the events), CPU seconds of the process and of its PostgreSQL backends, a py-spy
profile of where the first process's time goes; then `gammainfra replay
--workers W` (`--replay-workers`, default 2) of the whole range into a scratch schema (time to replay, and the audit must report
zero differences).

    python bench/metering_throughput.py [--events N] [--batch B] [--processes N] [--replay-workers W] [--no-profile]

Writes bench/results/metering_throughput.json (+ the raw py-spy stacks).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout, for tests.*

from gammainfra_common.kafka.producer import EventProducer  # noqa: E402
from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP, REDIS_URL  # noqa: E402
from tests.integration.gateway.harness import free_port  # noqa: E402
from tests.integration.metering.events import cloud_event, random_event  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metering_profile import cpu_seconds, start_profiler, summarize  # noqa: E402

RESULTS = ROOT / "bench" / "results"


async def produce(topic: str, events: int, start: datetime) -> tuple[float, datetime, datetime]:
    rng = random.Random(2026)
    first = last = None
    started = time.perf_counter()
    async with EventProducer(KAFKA_BOOTSTRAP, client_id="bench-metering", linger_ms=20) as producer:
        pending = []
        for i in range(events):
            # Spread over three days so daily aggregates get many rows.
            finished = start - timedelta(seconds=rng.randrange(0, 3 * 86400))
            data = random_event(rng, customers=1000, keys_per_customer=3, finished_at=finished)
            first = min(first or finished, finished)
            last = max(last or finished, finished)
            pending.append(await producer.enqueue(topic, data["customer_id"], cloud_event(data)))
            if len(pending) >= 20_000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    return time.perf_counter() - started, first, last


async def consume(topic: str, events: int, schema: str, batch: int, profile: bool, processes: int) -> dict:
    """`processes` metering processes in ONE consumer group (the topic has 6 partitions)."""
    log_path = ROOT / ".gi" / "bench" / "metering_throughput.log"  # local state, not a result
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log = open(log_path, "wb")
    conn = await asyncpg.connect(DATABASE_URL)
    procs: list[tuple[subprocess.Popen, int]] = []
    for _ in range(processes):
        ops, api = free_port(), free_port()
        env = {**os.environ, "GI_DATABASE_URL": DATABASE_URL, "GI_KAFKA_BOOTSTRAP": KAFKA_BOOTSTRAP,
               "GI_REDIS_URL": REDIS_URL, "GI_METERING_TOPIC": topic, "GI_METERING_SCHEMA": schema,
               "GI_METERING_GROUP_ID": f"bench-{schema}", "GI_METERING_OPS_PORT": str(ops),
               "GI_METERING_API_PORT": str(api), "GI_METERING_BATCH_SIZE": str(batch), "GI_LOG_LEVEL": "WARNING"}
        procs.append((subprocess.Popen([sys.executable, "-m", "gammainfra_metering"], env=env, cwd=ROOT,
                                       stdout=log, stderr=subprocess.STDOUT), ops))
    progress: list[tuple[float, int]] = []
    profiler = None
    backends: set[int] = set()
    per_process: list[dict] = []
    try:
        started = time.perf_counter()
        while True:
            for proc, _ in procs:
                if proc.poll() is not None:
                    raise RuntimeError(f"metering exited with {proc.returncode}; see {log.name}")
            try:
                done = await conn.fetchval(f'SELECT coalesce(sum(next_offset), 0) FROM "{schema}".consumer_offsets')
            except asyncpg.UndefinedTableError:
                done = 0
            backends |= {r["pid"] for r in await conn.fetch(
                "SELECT pid FROM pg_stat_activity WHERE application_name = ANY($1::text[])",
                [f"metering {schema} {proc.pid}" for proc, _ in procs])}
            now = time.perf_counter() - started
            progress.append((now, int(done)))
            if profile and profiler is None and done > 0:
                profiler = start_profiler(procs[0][0].pid, RESULTS / "metering_throughput.pyspy.txt", 20)
            if done >= events:
                break
            await asyncio.sleep(0.5)
        elapsed = progress[-1][0]
        write_s = [0.0, 0]
        for proc, ops in procs:
            cpu = cpu_seconds(proc.pid)
            metrics = await _ledger_metrics(ops)
            write_s[0] += metrics["write_s"]
            write_s[1] += metrics["writes"]
            per_process.append({"pid": proc.pid, "events": metrics["inserted"], "cpu_s": round(cpu, 1),
                                "events_per_s": round(metrics["inserted"] / elapsed),
                                "cpu_us_per_event": round(1e6 * cpu / max(metrics["inserted"], 1), 1)})
        pg_cpu = sum(cpu_seconds(pid) for pid in backends)
    finally:
        for proc, _ in procs:
            proc.terminate()
        for proc, _ in procs:
            proc.wait(timeout=60)
        await conn.close()
        log.close()
    profile_summary = {}
    if profiler is not None:
        out, _ = profiler.communicate(timeout=120)
        if profiler.returncode == 0:
            profile_summary = summarize(RESULTS / "metering_throughput.pyspy.txt")
        else:
            profile_summary = {"error": out[-500:]}
    first_row = next(t for t, n in progress if n > 0)
    lo = next(p for p in progress if p[1] >= events * 0.1)
    hi = next(p for p in progress if p[1] >= events * 0.9)
    process_cpu = sum(p["cpu_s"] for p in per_process)
    return {"processes": processes, "seconds_to_all_committed": round(elapsed, 2),
            "events_per_s_overall": round(events / elapsed),
            "seconds_start_to_first_batch": round(first_row, 2),
            "events_per_s_sustained_10_90": round((hi[1] - lo[1]) / (hi[0] - lo[0])),
            "per_process": per_process,
            "metering_process_cpu_s": round(process_cpu, 1), "postgres_backends_cpu_s": round(pg_cpu, 1),
            "consumer_cpu_us_per_event": round(1e6 * process_cpu / events, 1),
            "postgres_cpu_us_per_event": round(1e6 * pg_cpu / events, 1),
            "ledger_transactions": write_s[1], "ledger_transaction_ms_avg": round(1000 * write_s[0] / max(write_s[1], 1), 1),
            "ledger_transactions_s_total": round(write_s[0], 1),
            "profile_share_percent": profile_summary}


async def _ledger_metrics(ops_port: int) -> dict:
    """Ledger write seconds (sum, count) and rows inserted, from a process's /metrics."""
    import aiohttp

    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{ops_port}/metrics") as resp:
            text = await resp.text()
    values = {line.split(" ")[0]: float(line.split(" ")[1]) for line in text.splitlines()
              if line.startswith("gi_metering_ledger_")}
    return {"write_s": values.get("gi_metering_ledger_write_seconds_sum", 0.0),
            "writes": int(values.get("gi_metering_ledger_write_seconds_count", 0)),
            "inserted": int(values.get('gi_metering_ledger_rows_total{outcome="inserted"}', 0))}


def replay(topic: str, start: datetime, end: datetime, live_schema: str, scratch: str,
           produced_from: datetime, produced_to: datetime, workers: int) -> dict:
    env = {**os.environ, "GI_DATABASE_URL": DATABASE_URL, "GI_KAFKA_BOOTSTRAP": KAFKA_BOOTSTRAP}
    fmt = "%Y-%m-%dT%H:%M:%SZ"
    # Record times are production times; finished_at spans three days before: the audit
    # compares by finished_at, the replay reads by record time (its margin covers the rest).
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "gammainfra_cli.main", "replay", "--topic", topic,
                           "--from", produced_from.strftime(fmt), "--to", produced_to.strftime(fmt),
                           "--margin-s", "60", "--schema", scratch, "--live-schema", live_schema, "--json",
                           "--workers", str(workers)],
                          env=env, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"replay failed: {done.stderr[-2000:]}")
    report = json.loads(done.stdout)
    audit = subprocess.run([sys.executable, "-m", "gammainfra_cli.main", "audit", "--replay-schema", scratch,
                            "--live-schema", live_schema, "--from", start.strftime(fmt),
                            "--to", (end + timedelta(seconds=1)).strftime(fmt)],
                           env=env, cwd=ROOT, capture_output=True, text=True)
    audit_report = json.loads(audit.stdout) if audit.stdout.strip().startswith("{") else {"error": audit.stderr}
    return {"replay_workers": workers, "replay_wall_s": round(wall, 2), "replay_reported_s": report["seconds"],
            "replay_events": report["events_written"],
            "replay_events_per_s": round(report["events_written"] / report["seconds"]) if report["seconds"] else None,
            "audit_exit_code": audit.returncode, "audit_requests_live": audit_report.get("requests_live"),
            "audit_requests_replay": audit_report.get("requests_replay"),
            "audit_differences": len(audit_report.get("differences", [])) if "differences" in audit_report else None}


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=5000)
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--processes", type=int, default=2,
                        help="metering processes in one consumer group (the topic has 6 partitions)")
    parser.add_argument("--replay-workers", type=int, default=2)
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    tag = uuid.uuid4().hex[:8]
    topic, schema, scratch = f"bench-metering-{tag}", f"bench_metering_{tag}", f"bench_replay_{tag}"
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA_BOOTSTRAP)
    await admin.start()
    await admin.create_topics([NewTopic(topic, 6, 1), NewTopic(f"{topic}.dlq", 1, 1)])
    conn = await asyncpg.connect(DATABASE_URL)
    load_before = os.getloadavg()
    try:
        produced_from = datetime.now(UTC) - timedelta(seconds=5)
        produce_s, first, last = await produce(topic, args.events, datetime.now(UTC))
        produced_to = datetime.now(UTC) + timedelta(seconds=5)
        consumed = await consume(topic, args.events, schema, args.batch, not args.no_profile, args.processes)
        print(json.dumps(consumed), flush=True)
        rows = await conn.fetchval(f'SELECT count(*) FROM "{schema}".request_log')
        assert rows == args.events, f"ledger holds {rows} rows, expected {args.events}"
        replayed = replay(topic, first, last, schema, scratch, produced_from, produced_to, args.replay_workers)
    finally:
        for s in (schema, scratch):
            await conn.execute(f'DROP SCHEMA IF EXISTS "{s}" CASCADE')
        await conn.close()
        await admin.delete_topics([topic, f"{topic}.dlq"])
        await admin.close()
    result = {
        "benchmark": "metering_throughput", "events": args.events, "batch": args.batch,
        "produce_seconds": round(produce_s, 2), "produce_events_per_s": round(args.events / produce_s),
        **consumed, **replayed,
        "targets": {"sustained_events_per_s_min": 35_000, "replay_seconds_max": 25},
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "loadavg_before": [round(x, 2) for x in load_before],
                    "loadavg_after": [round(x, 2) for x in os.getloadavg()]},
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    (RESULTS / "metering_throughput.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    asyncio.run(main())
