"""Cost of growth (issue 17 item 3): does the gateway's hot path stay O(1) when the
population grows from a handful of customers to 100,000 customers, 300,000 keys,
budgets on a third of the customers and 200 endpoints?

    .venv/bin/python bench/growth.py [--quick] [--draw N] [--rounds R] [--seconds S]

Two cases, each its own PostgreSQL database (the gateway's migrations, rows loaded
with COPY; see growth_seed.py) and its own Redis database (health snapshot,
rate-limit and budget counters):
- small: 6 customers, 18 keys, budgets on 2 customers, the stock catalog;
- large: 100,000 customers, 300,000 keys, budgets on 33,333 customers, a catalog
  of 200 endpoints (regional replicas spread over the 8 providers) and a health
  snapshot entry for every offering.
- large-hot: the large population and catalog, loaded through 18 of its keys
  (small -> large-hot: the size of the tables and the catalog; large-hot -> large:
  the load spread over many keys).
One gateway per case (one worker, everything on: auth, per-IP and per-key limits,
budgets, events to Kafka, metrics), both pinned to core 0 and both alive for the
whole run; wrk and the nginx upstream on core 1. The load is plain chat at c=64,
each request with a key drawn uniformly at random (wrk Lua) from the case's draw
file: all 18 keys (small), or `--draw` keys sampled uniformly from all 300,000
(large). Cache warm-up, before any measurement: one request per key of the draw
file, 64 at a time (this is also the cold-key measurement: CPU, PostgreSQL
transactions and wall time per cold key). The key cache and BYOK cache TTLs are
raised to 1 h for both gateways so no entry expires during the run (with the
default 30 s, a customer or key not seen for 30 s is cold again: that is the
cold cost, reported from the warm-up).
Measured runs alternate small, large, large-hot, small, ... (`--rounds`), each with the
load average, Redis EVALSHA calls and PostgreSQL transactions per request.
Writes bench/results/growth.json (.cache/bench/growth/ with --quick).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import redis
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent / "gateway_peers"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import growth_probe  # noqa: E402
import growth_seed  # noqa: E402
import install  # noqa: E402
import peers  # noqa: E402
from growth_seed import Population  # noqa: E402
from load import EXPECT, _Sampler, lua_script  # noqa: E402
from procs import Service, cpu_seconds, free_port, rss_bytes  # noqa: E402
from upstream import Upstream  # noqa: E402

from gammainfra_schemas.catalog import load_catalog, parse_catalog  # noqa: E402

GATEWAY_CORE, LOAD_CORE = 0, 1
WORKDIR = install.CACHE / "growth"
RESULTS = install.ROOT / "bench" / "results"
CACHE_TTL_S = 3600  # key and BYOK caches: no entry expires during a run (the default 30 s is the cold cost)
POPULATIONS = {"small": Population("small", 6, 18, 1 / 3, None),
               "large": Population("large", 100_000, 300_000, 1 / 3, 200)}
# case -> (population, Redis db, keys drawn: None = all, "draw" = --draw). "large-hot" is the
# large population loaded through 18 of its keys: small -> large-hot isolates the size of the
# tables and of the catalog, large-hot -> large the spread of the load over many keys.
CASES = {"small": ("small", 1, None), "large": ("large", 2, "draw"), "large-hot": ("large", 3, 18)}

# Appended to the peers' script (load.py): its checks and BENCH_JSON summary stay,
# init() is replaced by one that also reads the key file; request() picks a key.
RANDOM_KEY_LUA = """
local keys = {{}}
function init(args)
  bad_status, bad_body, codes = 0, 0, {{}}
  for line in io.lines([==[{key_file}]==]) do keys[#keys + 1] = line end
  math.randomseed(os.time())
end
function request()
  wrk.headers["Authorization"] = "Bearer " .. keys[math.random(#keys)]
  return wrk.format()
end
"""


def gateway_env(case: str, db: int, schemas_dir: Path | None, port: int, ops_port: int, up: Upstream) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GI_")}
    env.update({
        "GI_DATABASE_URL": growth_seed.dsn(peers.DATABASE_URL, f"gi_growth_{CASES[case][0]}"),
        "GI_REDIS_URL": f"redis://127.0.0.1:{peers.REDIS_PORT}/{db}", "GI_KAFKA_BOOTSTRAP": f"127.0.0.1:{peers.KAFKA_PORT}",
        "GI_GATEWAY_PORT": str(port), "GI_GATEWAY_OPS_PORT": str(ops_port), "GI_GATEWAY_WORKERS": "1",
        "GI_GATEWAY_SPOOL_DIR": str(install.ROOT / ".gi" / f"bench-spool-growth-{case}"),
        "GI_UPSTREAM_URL_TEMPLATE": up.template("plain"),
        "GI_GATEWAY_KEY_RPM": peers.HUGE_RPM, "GI_GATEWAY_IP_RPM": peers.HUGE_RPM,
        "GI_GATEWAY_KEY_CACHE_TTL_S": str(CACHE_TTL_S), "GI_GATEWAY_BYOK_CACHE_TTL_S": str(CACHE_TTL_S),
        "GI_GATEWAY_HEALTH_STALE_AFTER_S": "86400",
        # Each gateway its own consumer groups: two members of one group would rebalance all run long.
        "GI_GATEWAY_BILLING_STATE_GROUP_ID": f"growth-{case}-billing-state",
        "GI_GATEWAY_LIFECYCLE_GROUP_ID": f"growth-{case}-lifecycle",
        "GI_LOG_LEVEL": "WARNING", "PYTHONUNBUFFERED": "1"})
    if schemas_dir is not None:
        env["GI_SCHEMAS_DIR"] = str(schemas_dir)
    return env


PG_STATS_FLUSH_S = 11  # an idle backend reports its counts to pg_stat_database within 10 s (PostgreSQL 15+)


def pg_transactions(case: str) -> int:
    database = f"gi_growth_{CASES[case][0]}"  # large and large-hot share one: the other gateway is idle
    """Transactions (committed + rolled back) of the case's database so far; waits for
    idle backends to report theirs first, or the count lags by up to 10 s."""
    time.sleep(PG_STATS_FLUSH_S)
    out = subprocess.run(["psql", peers.DATABASE_URL, "-Atc",
                          f"SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = '{database}'"],
                         capture_output=True, text=True, check=True).stdout
    return int(out.strip())


def evalsha_calls(client: redis.Redis) -> int:
    stats = client.info("commandstats")
    return sum(stats.get(name, {}).get("calls", 0) for name in ("cmdstat_evalsha", "cmdstat_eval"))


async def _warm(url: str, keys: list[str], concurrency: int = 64) -> dict:
    """One request per key, `concurrency` at a time; counts the answers by status."""
    body = json.dumps({"model": peers.GI_MODEL, "messages": [{"role": "user", "content": "hi"}],
                       "max_tokens": 16}).encode()
    statuses: dict[int, int] = {}
    queue = list(keys)

    async def worker(session: aiohttp.ClientSession) -> None:
        while queue:
            key = queue.pop()
            async with session.post(url, data=body, headers={"Authorization": f"Bearer {key}",
                                                             "Content-Type": "application/json"}) as resp:
                await resp.read()
                statuses[resp.status] = statuses.get(resp.status, 0) + 1

    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as session:
        await asyncio.gather(*(worker(session) for _ in range(concurrency)))
    return {str(k): v for k, v in sorted(statuses.items())}


class Gateway:
    """One case's gateway with its draw file and counters."""

    def __init__(self, case: str, up: Upstream, schemas_dir: Path | None, draw: list[str]) -> None:
        self.case, (_, db, _) = case, CASES[case]
        self.port, ops_port = free_port(), free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1/chat/completions"
        self.redis = redis.Redis(port=peers.REDIS_PORT, db=db)
        self.draw = draw
        self.key_file = WORKDIR / f"keys-{case}.txt"
        self.key_file.write_text("\n".join(draw) + "\n")
        self.service = Service(f"growth-{case}", [str(install.ROOT / ".venv" / "bin" / "python"), "-m",
                                                  "gammainfra_gateway"],
                               env=gateway_env(case, db, schemas_dir, self.port, ops_port, up), cwd=install.ROOT,
                               core=GATEWAY_CORE, log=WORKDIR / f"gateway-{case}.log")
        self.service.wait_http(f"http://127.0.0.1:{ops_port}/readyz", timeout_s=90)

    def warm(self) -> dict:
        pg0 = pg_transactions(self.case)
        rss0, cpu0, t0 = rss_bytes(self.service.pid), cpu_seconds(self.service.pid), time.monotonic()
        statuses = asyncio.run(_warm(self.url, random.sample(self.draw, len(self.draw))))
        wall, cpu = time.monotonic() - t0, cpu_seconds(self.service.pid) - cpu0
        rss1, n = rss_bytes(self.service.pid), len(self.draw)
        pg1 = pg_transactions(self.case)
        return {"keys": n, "statuses": statuses, "seconds": round(wall, 2), "cold_req_per_s": round(n / wall, 1),
                "gateway_cpu_ms_per_cold_key": round(cpu * 1000 / n, 3),
                "pg_transactions_per_cold_key": round((pg1 - pg0) / n, 3),
                "rss_mb_before": round(rss0 / 2**20, 1), "rss_mb_after": round(rss1 / 2**20, 1),
                "rss_bytes_per_cached_key": round((rss1 - rss0) / n, 1)}

    def wrk(self, seconds: int, connections: int = 64) -> dict:
        script = WORKDIR / f"wrk-{self.case}.lua"
        script.write_text(lua_script(peers.GI_MODEL, "plain", {}) + RANDOM_KEY_LUA.format(key_file=self.key_file))
        pg0 = pg_transactions(self.case)  # first: it waits for the stats flush
        load, rss0, ev0 = os.getloadavg(), rss_bytes(self.service.pid), evalsha_calls(self.redis)
        cpu0, sampler = cpu_seconds(self.service.pid), _Sampler(self.service.pid)
        sampler.start()
        try:
            done = subprocess.run(["taskset", "-c", str(LOAD_CORE), "wrk", "-t1", f"-c{connections}",
                                   f"-d{seconds}s", "--latency", "--timeout", "10s", "-s", str(script), self.url],
                                  capture_output=True, text=True, timeout=seconds + 60)
        finally:
            max_rss = sampler.stop()
        cpu = cpu_seconds(self.service.pid) - cpu0
        ev1, pg1 = evalsha_calls(self.redis), pg_transactions(self.case)
        line = next((ln for ln in done.stdout.splitlines() if ln.startswith("BENCH_JSON ")), None)
        if line is None:
            raise RuntimeError(f"wrk gave no result for {self.case}:\n{done.stdout}\n{done.stderr}")
        raw = json.loads(line.removeprefix("BENCH_JSON "))
        secs, ok = raw["duration_us"] / 1e6, raw["requests"] - raw["non2xx"] - raw["bad_body"]
        return {"case": self.case, "load_average_at_start": [round(x, 2) for x in load], "seconds": round(secs, 2),
                "requests": raw["requests"], "ok_rps": round(ok / secs, 1), "p50_ms": raw["p50_us"] / 1000,
                "p99_ms": raw["p99_us"] / 1000, "non2xx": max(raw["non2xx"], raw["wrk_non2xx"]),
                "bad_body": raw["bad_body"], "socket_errors": raw["socket_errors"], "codes": raw["codes"],
                "cpu_ms_per_ok": round(cpu * 1000 / ok, 3) if ok else None,
                "rss_mb_before": round(rss0 / 2**20, 1), "rss_mb_max": round(max_rss / 2**20, 1),
                "evalsha_per_request": round((ev1 - ev0) / max(raw["requests"], 1), 3),
                "pg_transactions_per_request": round((pg1 - pg0) / max(raw["requests"], 1), 4),
                "redis_keys": self.redis.dbsize()}

    def stop(self) -> None:
        self.service.stop()
        self.redis.close()


def seed_population(population: str, seed: int) -> tuple[Path | None, list[str], dict, object]:
    """One population's database and catalog: (schemas dir or None, all keys, facts, catalog)."""
    pop = POPULATIONS[population]
    info = asyncio.run(growth_seed.seed_database(peers.DATABASE_URL, f"gi_growth_{population}", pop, seed))
    schemas_dir, catalog = None, load_catalog()
    if pop.endpoints is not None:
        schemas_dir, version = growth_seed.grown_schemas(WORKDIR / "schemas", pop.endpoints)
        raw = yaml.safe_load((schemas_dir / "catalog" / "versions" / f"{version}.yaml").read_text())
        catalog = parse_catalog(raw, expected_version=version)
    keys = info.pop("keys")
    info.update({"customers": pop.customers, "keys": pop.keys, "endpoints": len(catalog.endpoints)})
    return schemas_dir, keys, info, catalog


def prepare(case: str, seeded: dict, draw_n: int, seed: int) -> tuple[Path | None, list[str]]:
    """The case's Redis database (flushed, the health snapshot written) and its draw of keys."""
    population, db, draw = CASES[case]
    schemas_dir, keys, _, catalog = seeded[population]
    client = redis.Redis(port=peers.REDIS_PORT, db=db)
    client.flushdb()  # this bench's own Redis database: counters from an earlier run would skew the counts
    client.set(growth_seed.HEALTH_KEY, growth_seed.health_snapshot(catalog, seed))
    client.close()
    n = len(keys) if draw is None else draw_n if draw == "draw" else draw
    return schemas_dir, keys if n >= len(keys) else random.Random(seed).sample(keys, n)


def verdict(runs: list[dict]) -> dict:
    mean = {c: sum(r["ok_rps"] for r in runs if r["case"] == c) / max(1, sum(r["case"] == c for r in runs))
            for c in CASES}
    hot = mean["large-hot"] / mean["small"] if mean["small"] else 0.0
    pairs = [round(large["ok_rps"] / small["ok_rps"], 3)
             for small, large in zip([r for r in runs if r["case"] == "small"], [r for r in runs if r["case"] == "large"])]
    ratio = mean["large"] / mean["small"] if mean["small"] else 0.0
    return {"mean_ok_rps": {c: round(v, 1) for c, v in mean.items()}, "large_over_small": round(ratio, 3),
            "large_hot_over_small": round(hot, 3),
            "per_round": pairs, "target": ">= 0.95", "result": "PASS" if ratio >= 0.95 else "MISS"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="5,000 drawn keys, 5 s runs, results under .cache")
    parser.add_argument("--draw", type=int, default=50_000, help="keys of the large case the load draws from")
    parser.add_argument("--rounds", type=int, default=2, help="small+large pairs, interleaved")
    parser.add_argument("--seconds", type=int, default=20, help="length of each measured wrk run")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    if args.quick:
        args.draw, args.seconds = min(args.draw, 5_000), 5
    install.ensure_apt_tools()
    WORKDIR.mkdir(parents=True, exist_ok=True)
    os.sched_setaffinity(0, {LOAD_CORE})  # the seeding, warm-up client and probes stay off the gateway's core
    started, result = dt.datetime.now(dt.timezone.utc), {"cases": {}, "warm": {}, "runs": []}
    print("seeding ...", flush=True)
    seeded = {population: seed_population(population, args.seed) for population in POPULATIONS}
    prepared = {case: prepare(case, seeded, args.draw, args.seed) for case in CASES}
    for case, (population, db, _) in CASES.items():
        result["cases"][case] = dict(seeded[population][2], population=population, redis_db=db,
                                     draw_keys=len(prepared[case][1]))
        print(f"  {case}: {result['cases'][case]}", flush=True)
    gateways: dict[str, Gateway] = {}
    try:
        with Upstream(install.CACHE / "growth-nginx", core=LOAD_CORE) as up:
            for case, (schemas_dir, draw) in prepared.items():
                gateways[case] = Gateway(case, up, schemas_dir, draw)
            for case, gw in gateways.items():
                result["warm"][case] = gw.warm()
                print(f"  warm {case}: {result['warm'][case]}", flush=True)
                gw.wrk(3)  # discarded: connections and the interpreter's caches warm
            for rnd in range(args.rounds):
                for case, gw in gateways.items():
                    run = dict(gw.wrk(args.seconds), round=rnd + 1)
                    result["runs"].append(run)
                    print(f"  round {rnd + 1} {case:<9} {run['ok_rps']:>8,.0f} req/s  p50 {run['p50_ms']:.2f} ms  "
                          f"p99 {run['p99_ms']:.2f} ms  non-2xx {run['non2xx']}  RSS {run['rss_mb_max']} MB  "
                          f"EVALSHA/req {run['evalsha_per_request']}  PG/req {run['pg_transactions_per_request']}  "
                          f"load {run['load_average_at_start']}", flush=True)
            for case, gw in gateways.items():
                result["warm"][case]["rss_mb_at_end"] = round(rss_bytes(gw.service.pid) / 2**20, 1)
    finally:
        for gw in gateways.values():
            gw.stop()
    large_draw = prepared["large"][1]
    catalogs = {case: seeded[population][3] for case, (population, _, _) in CASES.items() if case != "large-hot"}
    result["probes"] = {
        "cached_key_heap": growth_probe.run_cached_key_bytes(
            growth_seed.dsn(peers.DATABASE_URL, "gi_growth_large"), large_draw[: min(5_001, len(large_draw))]),
        "key_reverification": growth_probe.run_reverify_cost(
            growth_seed.dsn(peers.DATABASE_URL, "gi_growth_large"), large_draw[:500]),
        "route_selection": {case: growth_probe.chain_cost_us(catalog, growth_seed.health_snapshot(catalog, args.seed),
                                                             peers.GI_MODEL)
                            for case, catalog in catalogs.items()},
        "bcrypt_check_ms": {"cost_4_seeded": growth_probe.bcrypt_ms(4), "cost_12_production": growth_probe.bcrypt_ms(12)}}
    for population in POPULATIONS:  # the populations are benchmark data only: keys and rows go
        asyncio.run(growth_seed.drop_database(peers.DATABASE_URL, f"gi_growth_{population}"))
    for case in CASES:
        (WORKDIR / f"keys-{case}.txt").unlink(missing_ok=True)
    result["verdict"] = verdict(result["runs"])
    result["meta"] = {"date": started.strftime("%Y-%m-%d %H:%M UTC"), "cpus": os.cpu_count(),
                      "load_average_at_end": os.getloadavg(), "draw_keys": args.draw, "seconds": args.seconds,
                      "rounds": args.rounds, "quick": args.quick, "expect": EXPECT["plain"]}
    out = WORKDIR if args.quick else RESULTS
    (out / "growth.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({"probes": result["probes"], "verdict": result["verdict"]}, indent=2))
    print(f"wrote {out / 'growth.json'}")
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
    sys.exit(130)
