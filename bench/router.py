"""Cost of the routing-health work, in process (no infrastructure needed).

    python bench/router.py [--events N]

1. Router: events/s through observe_event + the health book + label stats (what the
   consumer sink does per event), and the time of one publishing cycle (rules,
   scores, percentiles, both snapshot documents) with every catalog pair busy.
2. Gateway hot path: time to order a chain from the in-memory snapshot
   (`model` with 4 endpoints, half of them in non-healthy states) and to rank
   `model: "auto"` candidates for a label, per request.
Results -> bench/results/router.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

import orjson

from gammainfra_gateway.requests import parse_chat
from gammainfra_gateway.routing.candidates import CandidateResolver, build_upstreams
from gammainfra_gateway.routing.health import HealthView, parse_snapshot
from gammainfra_gateway.routing.policy import requested_models
from gammainfra_gateway.routing.preferences import ProviderPreferences
from gammainfra_router.domain.circuit import Thresholds
from gammainfra_router.domain.health_book import HealthBook
from gammainfra_router.domain.label_stats import LabelStats
from gammainfra_router.domain.observations import observe_event
from gammainfra_router.domain.snapshot import redis_document, topic_value
from gammainfra_schemas.catalog import load_catalog

RESULTS = Path(__file__).parent / "results"
LABELS = ["code", "chat", "math", "reasoning", "creative", "extraction", "translation", "summarization"]


def events(catalog, n: int, now: float) -> list[dict]:
    pairs = [(o.endpoint, o.provider, m.id) for m in catalog.models.values() if m.kind == "chat" for o in m.offerings]
    rng = random.Random(7)
    out = []
    finished = datetime.fromtimestamp(now, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    for _ in range(n):
        chain = []
        for _ in range(rng.choice([1, 1, 1, 2])):
            endpoint, provider, model = rng.choice(pairs)
            chain.append({"provider": provider, "endpoint": endpoint, "model": model, "outcome": "error",
                          "error_type": "upstream_server_error", "latency_ms": rng.randint(5, 200)})
        chain[-1].update(outcome="success", error_type=None, latency_ms=rng.randint(100, 5000))
        out.append({"customer_id": "cus_bench", "finished_at": finished, "stream": True, "ttfb_ms": 300,
                    "latency_ms": 4000, "completion_tokens": 400, "task_label": rng.choice(LABELS),
                    "fallback_chain": chain})
    return out


def bench_router(catalog, n: int) -> dict:
    now = time.time()
    book = HealthBook(Thresholds(), window_s=300, max_samples=5000, slow_latency_ms=30_000)
    labels = LabelStats(window_s=300, max_samples=5000)
    batch = events(catalog, n, now)
    started = time.perf_counter()
    for data in batch:
        request = observe_event(data)
        for obs in request.attempts:
            book.observe(obs, now)
            labels.observe(request.task_label, obs, now)
    observe_s = time.perf_counter() - started
    cycles = []
    for i in range(20):
        t0 = time.perf_counter()
        reports = book.cycle(now + i)
        doc = redis_document(i, now + i, reports, labels.summary(now + i), probe_share=0.1, window_s=300)
        orjson.dumps(doc)
        [topic_value(i, now + i, r) for r in reports]
        cycles.append(time.perf_counter() - t0)
    return {"events": n, "events_per_s": round(n / observe_s), "pairs": len(book),
            "cycle_ms_p50": round(statistics.median(cycles) * 1000, 2),
            "cycle_ms_max": round(max(cycles) * 1000, 2)}


def bench_gateway(catalog, runs: int) -> dict:
    view = HealthView(stale_after_s=30)
    entries = {"anthropic-us|anthropic/claude-sonnet-4": {"state": "half_open", "score": 0.35},
               "bedrock-us-east-1|anthropic/claude-sonnet-4": {"state": "degraded", "score": 0.6},
               "bedrock-us-west-2|anthropic/claude-sonnet-4": {"state": "healthy", "score": 0.9}}
    labels = {"code": {m: {"requests": 500, "success_rate": 0.98, "latency_p50_ms": 900}
                       for m in ("anthropic/claude-sonnet-4", "openai/gpt-4.1", "deepseek/deepseek-chat")}}
    view.replace(parse_snapshot(orjson.dumps({"version": 1, "generated_at_ms": int(time.time() * 1000),
                                              "entries": entries, "labels": labels})))
    upstreams = build_upstreams(catalog, template="http://127.0.0.1:1/{endpoint}", keys={})
    resolver = CandidateResolver(catalog, upstreams, {"openai_compatible", "anthropic_messages", "gemini",
                                                      "bedrock_converse"}, view)
    sonnet = resolver.model("anthropic/claude-sonnet-4", kind="chat")
    prefs = ProviderPreferences()
    parsed = parse_chat({"model": "auto", "messages": [{"role": "user", "content": "x"}],
                         "route": {"prefer": "cost"}})

    def timed(fn) -> dict:
        for _ in range(200):
            fn()
        samples = []
        for _ in range(runs):
            t0 = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - t0)
        samples.sort()
        return {"p50_us": round(samples[len(samples) // 2] * 1e6, 1),
                "p99_us": round(samples[int(len(samples) * 0.99)] * 1e6, 1)}

    def auto_chain():
        models, _ = requested_models(resolver, parsed, kind="chat", label="code")
        resolver.chain(models, prefs, parsed.route.allows)

    return {"chain_4_endpoints": timed(lambda: resolver.chain([sonnet], prefs)),
            "auto_rank_and_chain": timed(auto_chain)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5_000)
    args = parser.parse_args()
    catalog = load_catalog()
    result = {"when": datetime.now(UTC).isoformat(timespec="seconds"), "python": platform.python_version(),
              "router": bench_router(catalog, args.events), "gateway": bench_gateway(catalog, args.runs)}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "router.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
