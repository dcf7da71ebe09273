"""Microseconds of the gateway's per-request event and metrics work, in process (no servers):

    .venv/bin/python bench/gateway_peers/event_path_us.py [--events 20000] [--repeat 5]

Measures, per request, the best of `--repeat` passes (the minimum is what the code costs;
the rest is the machine's noise, which on a shared machine is most of a wrk run's spread):

- build: the finished request's RequestRecord -> llm.requests.v1 CloudEvent (record.to_event);
- emit: EventEmitter.emit into a real DiskSpool (encode, one write, metrics);
- read-back: what the sender does per event before aiokafka, in batches of 10 as at c=64
  (spool read_batch + commit + delivered metric);
- metrics: the labelled metrics one request touches (rate-limit decision, added latency,
  request_finished, spend).

Old code is measured the same way with an extracted tree first on PYTHONPATH (bench/README.md).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

from prometheus_client import CollectorRegistry

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gammainfra_common.kafka.emitter import EventEmitter  # noqa: E402
from gammainfra_common.kafka.spool import DiskSpool  # noqa: E402
from gammainfra_gateway.metrics import GatewayMetrics  # noqa: E402
from gammainfra_gateway.providers.base import Usage  # noqa: E402
from gammainfra_gateway.ratelimit.limiter import RateLimiter  # noqa: E402
from gammainfra_gateway.record import Attempt, RequestRecord, new_request_id  # noqa: E402
from gammainfra_schemas.catalog import load_catalog  # noqa: E402
from gammainfra_schemas.llm_requests_v1 import TOPIC  # noqa: E402
from tests.unit.gateway.helpers import candidate  # noqa: E402


def _record(cand) -> RequestRecord:
    record = RequestRecord(new_request_id(), route="/v1/chat/completions", customer_id="cus_0123456789abcdef",
                           api_key_id="abcdefgh2345", model_requested="openai/gpt-4o-mini")
    record.attempts.append(Attempt(cand, "success", None, 3))
    record.served_by, record.usage, record.ttfb_ms = cand, Usage(prompt_tokens=12, completion_tokens=9), 3
    return record


def _best(fn, events: int, repeat: int, setup=None) -> float:
    # CPU time of this process, not wall time: on a loaded machine the wall clock mostly
    # measures how long other processes held the core.
    best = float("inf")
    for _ in range(repeat):
        if setup is not None:
            setup(events)
        started = time.process_time()
        fn(events)
        best = min(best, time.process_time() - started)
    return best / events * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    catalog = load_catalog()
    cand = candidate(catalog, "openai/gpt-4o-mini", "openai-us")
    records = [_record(cand) for _ in range(args.events)]
    events = [r.to_event(catalog) for r in records]
    registry = CollectorRegistry()
    metrics = GatewayMetrics(registry)
    with tempfile.TemporaryDirectory() as tmp:
        try:  # a sender keeps up at c=64: its records are still in memory when it reads them
            spool = DiskSpool(Path(tmp), max_bytes=1 << 30, memory_bytes=1 << 30)
        except TypeError:  # code from before the spool kept records in memory
            spool = DiskSpool(Path(tmp), max_bytes=1 << 30)
        emitter = EventEmitter(producer=None, spool=spool, registry=registry)  # type: ignore[arg-type]  # never started
        limiter = RateLimiter(None, registry=registry)  # type: ignore[arg-type]  # only its decision metric

        def build(n):
            for record in records[:n]:
                record.to_event(catalog)

        def emit(n):
            for event in events[:n]:
                emitter.emit(TOPIC, "cus_0123456789abcdef", event)

        def read_back(n):
            for _ in range(n // 10):
                batch = spool.read_batch(10, 192 * 1024)
                spool.commit(batch[-1][0])
                emitter._count_delivered(batch) if hasattr(emitter, "_count_delivered") else [
                    emitter._metrics.delivered.labels(r.topic).inc() for _, r in batch]

        def metrics_path(n):
            for _ in range(n):
                limiter._decide(0, "redis")
                (metrics.added_for("/v1/chat/completions") if hasattr(metrics, "added_for")
                 else metrics.added.labels("/v1/chat/completions")).observe(0.0004)
                metrics.request_finished("/v1/chat/completions", "openai", "openai/gpt-4o-mini", "success",
                                         False, 0.004, 0.003)
                (metrics.spend_for("openai") if hasattr(metrics, "spend_for")
                 else metrics.spend.labels("openai")).inc(3)

        asyncio.run(asyncio.sleep(0))  # the emitter's Event binds to no loop until used
        build_us = _best(build, args.events, args.repeat)
        emit_us = _best(emit, args.events, args.repeat)
        read_us = _best(read_back, args.events, args.repeat, setup=emit)
        metrics_us = _best(metrics_path, args.events, args.repeat)
        spool.close()
    print(f"build {build_us:6.2f} us  emit {emit_us:6.2f} us  read-back {read_us:6.2f} us  "
          f"metrics {metrics_us:6.2f} us  total {build_us + emit_us + read_us + metrics_us:6.2f} us per request")
    return 0


if __name__ == "__main__":
    sys.exit(main())
