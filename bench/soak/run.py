"""The soak (`make soak`; not part of the test command): the chaos suite's whole system
(tests/chaos/system.py: a private broker, two gateways, two metering consumers in one
group, the router, billing with the Stripe fake, retention) behind an nginx provider
(nginx_provider.py), driven by wrk (load.py) with mixed traffic from four customers until
SOAK_REQUESTS requests were answered. Every SOAK_INTERVAL_S it samples each process's
RSS, fds and loop lag and each consumer group's lag (sampler.py); after the load it
waits for every lag to reach zero, checks the ledger holds exactly one row per 2xx
(each 2xx's x-request-id looked up, as the chaos check does, and no request id twice
in the whole ledger), and writes the time series, the summary
and the verdict (report.py) to bench/results/soak.json (SOAK_OUT).

Needs the local infrastructure (`gammainfra stack up --infra-only`), wrk and nginx
(bench/gateway_peers/install.py installs both). Exit code 1 when the verdict fails.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gammainfra_common.postgres import create_pool  # noqa: E402
from gammainfra_devstack.paths import default_paths  # noqa: E402
from gammainfra_devstack.procs import PidRegistry  # noqa: E402
from gammainfra_gateway.accounts.store import AccountStore  # noqa: E402
from load import Totals, lua_script, wrk_segment  # noqa: E402
from report import summarize  # noqa: E402
from sampler import LoopLag, Watched, kafka_lag, proc_usage, table_lag  # noqa: E402
from nginx_provider import SoakUpstream  # noqa: E402
from tests.chaos.system import start_system, stop_system  # noqa: E402
from tests.conftest import DATABASE_URL  # noqa: E402
from tests.integration.accounts_fixture import Accounts  # noqa: E402
from tests.integration.kafka_node import KafkaNode  # noqa: E402
from tests.integration.metering.harness import MeteringProcess  # noqa: E402

REQUESTS = int(os.environ.get("SOAK_REQUESTS", "2000000"))
INTERVAL_S = float(os.environ.get("SOAK_INTERVAL_S", "15"))
SEGMENT_S = int(os.environ.get("SOAK_SEGMENT_S", "60"))
CONNECTIONS = int(os.environ.get("SOAK_CONNECTIONS", "16"))  # per gateway
WARMUP_FRACTION = float(os.environ.get("SOAK_WARMUP_FRACTION", "0.1"))
DRAIN_TIMEOUT_S = float(os.environ.get("SOAK_DRAIN_TIMEOUT_S", "300"))
OUT = Path(os.environ.get("SOAK_OUT", ROOT / "bench" / "results" / "soak.json"))
TOPIC = "llm.requests.v1"


def watched_processes(system, node, upstream) -> list[Watched]:
    stack = PidRegistry(default_paths().pids)
    found = [Watched(f"gateway-{i}", g.proc.pid, g.ops_port) for i, g in enumerate(system.gateways)]
    found += [Watched(f"metering-{i}", m.proc.pid, m.ops_port) for i, m in enumerate(system.metering)]
    found += [Watched(p.name, p.proc.pid, p.ops_port) for p in (system.router, system.billing, system.retention)]
    found.append(Watched("kafka", node.broker._pids.running(node.broker.name).pid))
    for name, tree in (("postgres", True), ("redis", False)):
        tracked = stack.running(name)
        if tracked is not None:
            found.append(Watched(name, tracked.pid, tree=tree))
    found.append(Watched("nginx-upstream", upstream.pid))
    return found


class Soak:
    def __init__(self, system, node, watched: list[Watched]) -> None:
        self.system, self.node, self.watched = system, node, watched
        self.samples: list[dict] = []
        self.loop_lag = LoopLag()
        self.started = time.monotonic()

    def t(self) -> float:
        return round(time.monotonic() - self.started, 1)

    async def consumer_lag(self) -> dict[str, int]:
        lags = await kafka_lag(self.node.bootstrap)
        lags["metering(ledger offsets)"] = await table_lag(self.node.bootstrap, self.system.pg,
                                                           self.system.schema, TOPIC)
        lags["billing(usage offsets)"] = await table_lag(self.node.bootstrap, self.system.pg,
                                                         self.system.billing_schema, TOPIC)
        return lags

    async def sample(self, http, phase: str, sent: int) -> dict:
        entry = {"t_s": self.t(), "phase": phase, "requests_sent": sent,
                 "processes": {w.name: proc_usage(w) for w in self.watched},
                 "loop_lag": {w.name: await self.loop_lag.sample(http, w) for w in self.watched if w.ops_port},
                 "consumer_lag": await self.consumer_lag()}
        self.samples.append(entry)
        return entry


async def drive(soak: Soak, totals: Totals, script: Path, ids_files: list[Path]) -> float:
    """wrk segments on both gateways until REQUESTS were answered; returns the warm-up end (t_s)."""
    origins = [f"http://127.0.0.1:{g.port}" for g in soak.system.gateways]
    warmup_t = None
    while totals.requests < REQUESTS:
        left = REQUESTS - totals.requests
        rate = sum(s["rps"] for s in totals.segments[-len(origins):]) or 500.0
        seconds = max(5, min(SEGMENT_S, int(left / rate) + 1))
        started = soak.t()
        for origin, raw in zip(origins, await asyncio.gather(
                *(wrk_segment(o, script, f, connections=CONNECTIONS, seconds=seconds)
                  for o, f in zip(origins, ids_files)))):
            totals.add(started, origin, raw)
        if warmup_t is None and totals.requests >= WARMUP_FRACTION * REQUESTS:
            warmup_t = soak.t()
        print(f"[soak] t={soak.t():.0f}s sent={totals.requests} 2xx={totals.ok_2xx} codes={totals.codes}", flush=True)
    return warmup_t if warmup_t is not None else soak.t()


async def sample_every(soak: Soak, totals: Totals, stop: asyncio.Event) -> None:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http:
        while not stop.is_set():
            await soak.sample(http, "load", totals.requests)
            try:
                await asyncio.wait_for(stop.wait(), INTERVAL_S)
            except TimeoutError:
                pass


async def drain(soak: Soak, totals: Totals) -> dict[str, int]:
    """Samples until every consumer lag is zero and the ledger stopped growing (or time is up)."""
    deadline = time.monotonic() + DRAIN_TIMEOUT_S
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as http:
        while True:
            entry = await soak.sample(http, "drain", totals.requests)
            rows = await ledger_count(soak.system)
            if (all(v == 0 for v in entry["consumer_lag"].values()) and rows[0] >= totals.ok_2xx) \
                    or time.monotonic() > deadline:
                return entry["consumer_lag"]
            await asyncio.sleep(2)


async def ledger_count(system) -> tuple[int, int]:
    row = (await system.pg.fetch(f'SELECT count(*) AS n, count(DISTINCT request_id) AS d '
                                 f'FROM "{system.schema}".request_log'))[0]
    return row["n"], row["d"]


async def ledger_check(pool, schema: str, ids_files: list[Path]) -> dict:
    """Every 2xx's request id looked up in the ledger: (lost, double-counted), as the chaos check."""
    ids = [line for f in ids_files for line in f.read_text().split()]
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute("CREATE TEMP TABLE soak_ok (request_id text) ON COMMIT DROP")
        await conn.copy_records_to_table("soak_ok", records=[(i,) for i in ids])
        row = await conn.fetchrow(
            f'SELECT count(*) FILTER (WHERE n = 0) AS lost, count(*) FILTER (WHERE n > 1) AS double '
            f'FROM (SELECT o.request_id, count(l.request_id) AS n FROM soak_ok o '
            f'LEFT JOIN "{schema}".request_log l ON l.request_id = o.request_id GROUP BY o.request_id) c')
        repeated = await conn.fetchval("SELECT count(*) - count(DISTINCT request_id) FROM soak_ok")
    return {"ok_ids": len(ids), "lost": row["lost"], "double_counted": row["double"],
            "ids_answered_twice": repeated}


async def main() -> int:
    if not (shutil.which("wrk") and shutil.which("nginx")):
        print("soak needs wrk and nginx: run bench/gateway_peers/install.py as root", file=sys.stderr)
        return 2
    # SIGTERM/SIGINT (SIGINT is ignored in a nohup'd background job) cancel the run, so the
    # `finally` below still stops every process it started and drops its schemas.
    main_task = asyncio.current_task()
    for sig in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(sig, main_task.cancel)
    work = ROOT / ".gi" / "soak" / uuid.uuid4().hex[:8]
    node = KafkaNode(work / "kafka")
    await node.start()
    pool = await create_pool(DATABASE_URL, min_size=1, max_size=2)
    ledger_schema = f"metering_soak_{uuid.uuid4().hex[:8]}"
    meterings: list[MeteringProcess] = []

    def metering(**kwargs) -> MeteringProcess:
        meterings.append(MeteringProcess(**kwargs))
        return meterings[-1]

    system = None
    try:
        with SoakUpstream(work / "nginx") as upstream:
            system = await start_system(node, Accounts(AccountStore(pool)), upstream.template, ledger_schema, metering)
            script = work / "soak.lua"
            # The four customers without limits: a budget or credits would turn the run into refusals.
            limited = {system.limited.budget, system.limited.credited, system.limited.no_credit}
            script.write_text(lua_script([key for c, key in system.customers if (c, key) not in limited]))
            ids_files = [work / f"ok-ids-{i}.txt" for i in range(len(system.gateways))]
            soak = Soak(system, node, watched_processes(system, node, upstream))
            totals, stop = Totals(), asyncio.Event()
            sampler = asyncio.create_task(sample_every(soak, totals, stop))
            try:
                warmup_t = await drive(soak, totals, script, ids_files)
            finally:
                stop.set()
                await sampler
            load_end_t, load_s = soak.t(), time.monotonic() - soak.started
            drained = await drain(soak, totals)
            rows, distinct = await ledger_count(system)
            summary = summarize(soak.samples, warmup_t_s=warmup_t, load_end_t_s=load_end_t, drained=drained)
            checked = await ledger_check(pool, system.schema, ids_files)
            summary["ledger"] = {"ok_2xx": totals.ok_2xx, "rows": rows, "distinct_request_ids": distinct,
                                 **checked, "one_row_per_2xx": checked["ok_ids"] == totals.ok_2xx
                                 and checked["lost"] == checked["double_counted"] == 0 and rows == distinct}
            result = {"finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
                      "requests": totals.requests, "ok_2xx": totals.ok_2xx, "codes": totals.codes,
                      "socket_errors": totals.socket_errors, "timeouts": totals.timeouts,
                      "load_s": round(load_s, 1), "rps": round(totals.requests / load_s, 1),
                      "warmup_until_t_s": warmup_t, "load_end_t_s": load_end_t,
                      "interval_s": INTERVAL_S, "connections_per_gateway": CONNECTIONS, **summary,
                      "segments": totals.segments, "samples": soak.samples}
            OUT.parent.mkdir(parents=True, exist_ok=True)
            OUT.write_text(json.dumps(result, indent=1) + "\n")
            print(json.dumps({k: v for k, v in result.items() if k not in ("segments", "samples")}, indent=1))
            verdict = summary["verdict"]
            return 0 if (verdict["growth_under_10pct"] and verdict["consumer_lag_back_to_zero"]
                         and summary["ledger"]["one_row_per_2xx"]) else 1
    finally:
        if system is not None:
            await stop_system(system)
        for proc in meterings:
            proc.stop()
        async with pool.acquire() as conn:
            await conn.execute(f'DROP SCHEMA IF EXISTS "{ledger_schema}" CASCADE')
        await pool.close()
        await node.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
