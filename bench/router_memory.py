"""Does the router's memory level off under a long event feed? (issue 16, soak item 3)

    python bench/router_memory.py inprocess [--events N] [--traced M]
    python bench/router_memory.py process [--events N] [--rate R] [--duration-s S]
    python bench/router_memory.py soak       (reads bench/results/soak.json)

`inprocess`: the router's own sink, health book, label stats and publishing cycle
(rules, scores, both snapshot documents), fed N synthetic llm.requests.v1 events
through `observe_event` with a simulated clock at the soak's rate, under tracemalloc:
traced bytes at checkpoints, the size of every structure keyed by something that
grows (event ids, pairs, samples, label series), and the top allocation sites that
grew from the end of warm-up (10%) to the end.

`process`: the real router (`python -m gammainfra_router`) consuming a fresh topic
in this worktree's Kafka (GI_STACK_* ports), fed by a producer here at `--rate`
events/s with `finished_at` = now (older events are outside the window and ignored);
every few seconds its VmRSS, RssAnon and the events it counted (gi_router_events_total).

`soak`: the router's RSS series of the committed 2M soak (bench/results/soak.json):
every change between samples (steps), and RSS at each tenth of the requests sent.

Events: every catalog chat pair (endpoint, model) as the served attempt, one in four
with a failed attempt before it, streamed or not, one of eight task labels, one of
200 customers, a unique request id and event id each. Results are merged into
bench/results/router_memory.json under the mode's name.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import time
import tracemalloc
import uuid
from datetime import UTC, datetime
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent / "soak"))
from sampler import status_kb  # noqa: E402  (the soak's /proc reader)

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "router_memory.json"
LABELS = ["code", "chat", "math", "reasoning", "creative", "extraction", "translation", "summarization"]
ERRORS = ["timeout", "upstream_server_error", "rate_limited", "connect_error", "upstream_client_error"]
SOAK_RATE = 363  # events/s of the 2M soak (README "Soak")
# The real publisher cycles every second; every 5 simulated seconds here keeps the run
# affordable under tracemalloc. A cycle's own allocations are transient; it also trims
# the label series, which it still does every few seconds of the 300 s window.
CYCLE_S = 5.0


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Feed:
    """Schema-valid llm.requests.v1 payloads over the catalog's chat pairs."""

    def __init__(self, seed: int = 16) -> None:
        from gammainfra_schemas.catalog import load_catalog
        catalog = load_catalog()
        self.pairs = [(o.endpoint, o.provider, m.id) for m in catalog.models.values() if m.kind == "chat"
                      for o in m.offerings]
        self.rng = random.Random(seed)
        self.customers = [f"cus_mem{i:05d}" for i in range(200)]

    def event(self, finished: float) -> dict:
        rng = self.rng
        endpoint, provider, model = rng.choice(self.pairs)
        chain = []
        if rng.random() < 0.25:
            e2, p2, _ = rng.choice([p for p in self.pairs if p[2] == model] or [(endpoint, provider, model)])
            chain.append({"provider": p2, "endpoint": e2, "model": model, "outcome": "error",
                          "error_type": rng.choice(ERRORS), "latency_ms": rng.randint(5, 2000)})
        latency = rng.randint(200, 6000)
        chain.append({"provider": provider, "endpoint": endpoint, "model": model, "outcome": "success",
                      "error_type": None, "latency_ms": latency})
        stream = rng.random() < 0.5
        total = latency + sum(a["latency_ms"] for a in chain[:-1])
        return {
            "request_id": f"req_{uuid.uuid4().hex}", "customer_id": rng.choice(self.customers),
            "api_key_id": "k_memfeed01", "started_at": _iso(finished - total / 1000), "finished_at": _iso(finished),
            "model_requested": model, "model_dispatched": model, "provider": provider, "endpoint": endpoint,
            "byok": False, "stream": stream, "status": "success", "http_status": 200,
            "prompt_tokens": rng.randint(10, 4000), "completion_tokens": rng.randint(1, 800),
            "cache_read_tokens": 0, "cache_write_tokens": 0, "latency_ms": total,
            "ttfb_ms": rng.randint(50, 900) if stream else None, "task_label": rng.choice(LABELS),
            "cost_micro_usd": rng.randint(1, 5000), "platform_fee_micro_usd": 0,
            "routing_version": "2026-11-20.2", "catalog_version": "2026-11-26.1", "fallback_chain": chain,
            "health_cache": {"snapshot_version": 1, "age_ms": 100, "stale": False},
            "error_type": None, "error_provider": None,
        }


def _merge(mode: str, result: dict) -> None:
    doc = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    doc[mode] = result
    RESULTS.write_text(json.dumps(doc, indent=1) + "\n")


def inprocess(n: int, traced: int) -> dict:
    """`n` events untraced (structure sizes and this process's RSS every n/40), then
    `traced` more under tracemalloc: snapshots after the first tenth of them and at the
    end, diffed by allocation site. (tracemalloc costs ~10x here, so it covers only a
    stretch after every structure has filled: anything that grows per event shows.)"""
    from gammainfra_common.consumer import Message
    from gammainfra_router.consumer.sink import StatsSink
    from gammainfra_router.domain.circuit import Thresholds
    from gammainfra_router.domain.health_book import HealthBook
    from gammainfra_router.domain.label_stats import LabelStats
    from gammainfra_router.domain.objections import Objections
    from gammainfra_router.domain.observations import observe_event
    from gammainfra_router.domain.snapshot import redis_document, topic_value
    from gammainfra_router.metrics import RouterMetrics
    from gammainfra_schemas.compiled import compiled_validator_for
    from prometheus_client import CollectorRegistry

    feed = Feed()
    validator = compiled_validator_for("llm.requests.v1", 1)
    clock = [time.time()]
    metrics = RouterMetrics(CollectorRegistry())
    book = HealthBook(Thresholds(), window_s=300, max_samples=5000, slow_latency_ms=30_000)
    labels = LabelStats(window_s=300, max_samples=5000)
    sink = StatsSink(book, labels, Objections(), metrics, clock=lambda: clock[0])
    checkpoints, first = [], None
    step = max(1, n // 40)
    batch: list = []
    next_cycle = clock[0] + CYCLE_S
    started = time.perf_counter()

    def sizes(i: int) -> dict:
        return {"events": i, **{k: v for k, v in (_proc_mem(os.getpid()) or {}).items()},
                "recent_ids": len(sink._recent), "pairs": len(book),
                "window_samples": sum(len(p.window) for p in book._pairs.values()),
                "label_series": len(labels._series),
                "label_samples": sum(len(s) for s in labels._series.values()),
                "elapsed_s": round(time.perf_counter() - started, 1)}

    for i in range(1, n + traced + 1):
        clock[0] += 1 / SOAK_RATE
        data = feed.event(clock[0])
        if i <= 1000:  # the feed is schema-valid (checked on a sample: validation is not what is measured)
            assert validator.is_valid(data)
        payload = orjson.loads(orjson.dumps(data))  # what the consumer decodes from the record
        batch.append(Message("t", 0, i, None, None, (("ce_id", str(uuid.uuid4()).encode()),), 0,
                             observe_event(payload)))
        if len(batch) == 500 or clock[0] >= next_cycle:
            _write(sink, batch)
            batch = []
        if clock[0] >= next_cycle:  # the publisher's cycle (every CYCLE_S simulated seconds here)
            now = clock[0]
            reports = book.cycle(now)
            metrics.pairs(reports)
            orjson.dumps(redis_document(i, now, reports, labels.summary(now), probe_share=0.1, window_s=300))
            [topic_value(i, now, r) for r in reports]
            next_cycle += CYCLE_S
        if i <= n and i % step == 0:
            checkpoints.append(sizes(i))
            print(checkpoints[-1], flush=True)
        if i == n:
            tracemalloc.start(1)  # one frame: the allocation site
        if i == n + traced // 10:
            first = tracemalloc.take_snapshot()
            first_mb = tracemalloc.get_traced_memory()[0] / 2**20
    last = tracemalloc.take_snapshot()
    last_mb = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()
    end_sizes = sizes(n + traced)
    grew = last.compare_to(first, "lineno")[:12]
    warm = next(c for c in checkpoints if c["events"] >= n // 4)
    final = checkpoints[-1]
    pct = lambda a, b: round(100 * (b - a) / a, 2)  # noqa: E731
    return {
        "events": n, "traced_events": traced, "simulated_rate_per_s": SOAK_RATE,
        "simulated_s": round((n + traced) / SOAK_RATE), "cycle_s": CYCLE_S, "window_s": 300, "max_samples": 5000,
        "catalog_chat_pairs": len(feed.pairs), "checkpoints": checkpoints, "sizes_at_end": end_sizes,
        "rss_mb_at_quarter": warm["rss_mb"], "rss_mb_at_end_untraced": final["rss_mb"],
        "rss_growth_pct_quarter_to_end": pct(warm["rss_mb"], final["rss_mb"]),
        "traced_mb_grew_over_last_90pct_of_traced": round(last_mb - first_mb, 3),
        "traced_bytes_per_event": round((last_mb - first_mb) * 2**20 / (traced - traced // 10), 2),
        "top_growth_sites": [{"site": str(s.traceback[0]), "size_diff_kb": round(s.size_diff / 1024, 1),
                              "count_diff": s.count_diff} for s in grew],
    }


def _write(sink, batch) -> None:
    coro = sink.write(batch)
    try:
        coro.send(None)  # the sink does no I/O: it finishes without suspending
    except StopIteration:
        return
    raise RuntimeError("the router sink suspended")


def _proc_mem(pid: int) -> dict | None:
    try:
        kb = status_kb(pid, "VmRSS", "RssAnon")
    except (OSError, StopIteration):
        return None
    return {"rss_mb": round(kb["VmRSS"] / 1024, 1), "rss_anon_mb": round(kb["RssAnon"] / 1024, 1)}


async def _counted(http, port: int) -> int | None:
    from prometheus_client.parser import text_string_to_metric_families
    try:
        async with http.get(f"http://127.0.0.1:{port}/metrics") as resp:
            text = await resp.text()
    except Exception:  # noqa: BLE001 - not up yet
        return None
    for family in text_string_to_metric_families(text):
        if family.name == "gi_router_events":
            return int(sum(s.value for s in family.samples if s.name.endswith("_total")))
    return None


async def process(n: int, rate: int, sample_s: float, duration_s: float) -> dict:
    import aiohttp
    from aiokafka import AIOKafkaProducer
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic
    from gammainfra_common.kafka.cloudevents import CloudEvent
    from gammainfra_common.local_stack import kafka_bootstrap, redis_url as stack_redis_url  # GI_STACK_* ports
    from tests.ports import free_port

    bootstrap, redis_url = kafka_bootstrap(), stack_redis_url()
    tag = uuid.uuid4().hex[:8]
    names = {"requests": f"bench.routermem.{tag}.requests", "health": f"bench.routermem.{tag}.health",
             "accounts": f"bench.routermem.{tag}.accounts", "lifecycle": f"bench.routermem.{tag}.lifecycle"}
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    day = {"retention.ms": str(86_400_000)}
    await admin.create_topics([NewTopic(names["requests"], 3, 1, topic_configs=day),
                               NewTopic(names["requests"] + ".dlq", 1, 1, topic_configs=day),
                               NewTopic(names["health"], 3, 1, topic_configs={"cleanup.policy": "compact"}),
                               NewTopic(names["accounts"], 3, 1, topic_configs=day),
                               NewTopic(names["lifecycle"], 1, 1, topic_configs=day)])
    ops_port = free_port()
    env = {**os.environ, "GI_KAFKA_BOOTSTRAP": bootstrap, "GI_REDIS_URL": redis_url,
           "GI_ROUTER_OPS_PORT": str(ops_port), "GI_ROUTER_GROUP_ID": f"bench-routermem-{tag}",
           "GI_ROUTER_REQUESTS_TOPIC": names["requests"], "GI_ROUTER_HEALTH_TOPIC": names["health"],
           "GI_ROUTER_ACCOUNTS_TOPIC": names["accounts"], "GI_LIFECYCLE_TOPIC": names["lifecycle"],
           "GI_ROUTER_SNAPSHOT_KEY": f"bench:routermem:{tag}", "GI_ROUTER_START_FROM": "earliest",
           "GI_LOG_LEVEL": "warning"}
    log = open(ROOT / ".cache" / f"router_memory_{tag}.log", "w")
    router = subprocess.Popen([sys.executable, "-m", "gammainfra_router"], env=env, cwd=ROOT, stdout=log,
                              stderr=subprocess.STDOUT)
    feed = Feed()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=20, max_batch_size=256 * 1024)
    await producer.start()
    samples, produced, started = [], 0, time.monotonic()
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as http:
            while await _counted(http, ops_port) is None:
                if router.poll() is not None:
                    raise RuntimeError(f"router exited {router.returncode}: see {log.name}")
                await asyncio.sleep(0.5)

            async def produce() -> None:
                nonlocal produced
                tick = 0.1
                while produced < n and time.monotonic() - started < duration_s:
                    t0 = time.monotonic()
                    for _ in range(min(n - produced, int(rate * tick))):
                        event = CloudEvent(type="llm.request.completed", source="bench/router_memory",
                                           data=feed.event(time.time()))
                        await producer.send(names["requests"], event.value(), key=event.data["customer_id"].encode(),
                                            headers=event.headers())
                        produced += 1
                    await asyncio.sleep(max(0.0, tick - (time.monotonic() - t0)))
                await producer.flush()

            feeding = asyncio.create_task(produce())
            while True:
                await asyncio.sleep(sample_s)
                counted = await _counted(http, ops_port)
                mem = _proc_mem(router.pid)
                if mem is None:
                    raise RuntimeError(f"router exited: see {log.name}")
                samples.append({"t_s": round(time.monotonic() - started, 1), "produced": produced,
                                "counted": counted, **mem})
                print(samples[-1], flush=True)
                if feeding.done() and counted is not None and counted >= produced:
                    feeding.result()
                    break
    finally:
        await producer.stop()
        router.terminate()
        router.wait(timeout=30)
        await admin.delete_topics([*names.values(), names["requests"] + ".dlq"])
        await admin.close()
    return {"events": produced, "events_asked": n, "rate_per_s_asked": rate, "duration_s_limit": duration_s,
            "rate_per_s_reached": round(produced / max(1.0, samples[-1]["t_s"])), "sample_s": sample_s,
            "samples": samples, **_levels(samples, produced)}


def _levels(samples: list[dict], n: int) -> dict:
    """RSS at each tenth of the events counted: does it keep rising or level off?"""
    by_tenth = {}
    for s in samples:
        if s["counted"]:
            tenth = min(10, int(10 * s["counted"] / n))
            by_tenth[tenth] = s
    marks = [{"events": s["counted"], "rss_mb": s["rss_mb"], "rss_anon_mb": s["rss_anon_mb"]}
             for _, s in sorted(by_tenth.items())]
    warm = next((m for m in marks if m["events"] >= n / 10), marks[0])
    half = next((m for m in marks if m["events"] >= n / 2), marks[-1])
    end = marks[-1]
    pct = lambda a, b: round(100 * (b - a) / a, 2)  # noqa: E731
    return {"rss_by_tenth": marks, "rss_growth_pct_warmup_to_end": pct(warm["rss_mb"], end["rss_mb"]),
            "rss_growth_pct_half_to_end": pct(half["rss_mb"], end["rss_mb"]),
            "rss_anon_growth_pct_warmup_to_end": pct(warm["rss_anon_mb"], end["rss_anon_mb"])}


def soak() -> dict:
    doc = json.loads((ROOT / "bench" / "results" / "soak.json").read_text())
    loaded = [x for x in doc["samples"] if x["phase"] == "load"]
    series = [(x["t_s"], x["requests_sent"], (x["processes"].get("router") or {}).get("rss_mb")) for x in loaded]
    steps = [{"t_s": t, "requests_sent": n, "rss_mb_before": before, "rss_mb": rss}
             for (_, _, before), (t, n, rss) in zip(series, series[1:]) if rss is not None and before is not None
             and abs(rss - before) >= 1.0]
    total = series[-1][1]
    by_tenth = [next({"requests_sent": n, "t_s": t, "rss_mb": rss} for t, n, rss in series if n >= total * k / 10)
                for k in range(1, 11)]
    last_step = steps[-1]
    flat = [rss for t, _, rss in series if t >= last_step["t_s"]]
    return {"source": "bench/results/soak.json", "warmup_until_t_s": doc["warmup_until_t_s"],
            "load_end_t_s": doc["load_end_t_s"], "requests": total,
            "steps_of_1mb_or_more": steps, "rss_by_tenth_of_requests": by_tenth,
            "after_last_step": {"from_t_s": last_step["t_s"], "requests": total - last_step["requests_sent"],
                                "rss_mb_min": min(flat), "rss_mb_max": max(flat)}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["inprocess", "process", "soak"])
    parser.add_argument("--events", type=int, default=2_000_000)
    parser.add_argument("--traced", type=int, default=30_000, help="inprocess: events under tracemalloc at the end")
    parser.add_argument("--rate", type=int, default=2000, help="process mode: events/s produced")
    parser.add_argument("--sample-s", type=float, default=5.0)
    parser.add_argument("--duration-s", type=float, default=3600, help="process mode: stop producing after this")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    when = datetime.now(UTC).isoformat(timespec="seconds")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    if args.mode == "inprocess":
        result = inprocess(args.events, args.traced)
    elif args.mode == "soak":
        result = soak()
    else:
        result = asyncio.run(process(args.events, args.rate, args.sample_s, args.duration_s))
    _merge(args.mode, {"when": when, "commit": commit, "load": os.getloadavg(), **result})
    print(json.dumps({k: v for k, v in result.items() if k not in ("samples", "checkpoints")}, indent=1))


if __name__ == "__main__":
    main()
