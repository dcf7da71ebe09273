"""CPU per event of the metering consumer's Python path, in process, old vs new.

The machine this project is measured on is shared (load 5–15), so end-to-end
events/s say little; process CPU per event of the same work, A/B in the same
run, does. This script times (`time.process_time`) what each record costs
AFTER the Kafka fetch: `Message.from_record`, the CloudEvents headers, the JSON
decode, schema validation, the cost check, the shared plumbing (RunTask,
BatchSink, DrainBeforeCommit, Commit) and the staging of each batch for the
ledger statement. It runs the real `ConsumerRunner._loop` and metering's real
`pipeline_factory`; only the two edges are replaced: a consumer that hands out
pre-built `ConsumerRecord`s (1 poll = `--poll` records over 6 partitions, as the
broker would) and a ledger whose `write` returns at once (the statement's
encoding by asyncpg and PostgreSQL are not in the figure).

Records: `--events` realistic serialized llm.requests.v1 CloudEvents (the
generator of tests/integration/metering/events.py, as bench/metering_throughput.py
produces), built once and cached under .gi/bench/.

    python bench/metering_cpu.py [--events N] [--passes P] [--before REV [--after REV]]

With `--before REV`, the packages libs/common, schemas and services/metering of
git revision REV are exported to a scratch directory and timed against this
checkout (or against `--after REV`, exported the same way, so the checkout can
change meanwhile) in alternating subprocesses (before, after, before, after,
...): a same-run A/B.
Prints one line per pass and the medians.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import pickle
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".gi" / "bench"
PACKAGES = ("libs/common", "schemas", "services/metering")
PARTITIONS = 6


def build_records(events: int) -> list[tuple[int, bytes, bytes, list[tuple[str, bytes]]]]:
    """(partition, key, value, headers) of `events` valid, correctly priced events."""
    path = CACHE / f"metering_cpu_records_{events}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    sys.path.insert(0, str(ROOT))
    from tests.integration.metering.events import cloud_event, random_event

    rng = random.Random(2026)
    start = datetime(2026, 12, 6, tzinfo=UTC)
    records = []
    for _ in range(events):
        finished = start - timedelta(seconds=rng.randrange(0, 3 * 86400))
        data = random_event(rng, customers=1000, keys_per_customer=3, finished_at=finished)
        event = cloud_event(data)
        key = data["customer_id"].encode()
        records.append((hash(key) % PARTITIONS, key, event.value(), event.headers()))
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(records))
    return records


class _FakeConsumer:
    """Hands out the prepared polls, then stops the runner. Commits are no-ops."""

    def __init__(self, polls, on_done) -> None:
        self._polls = iter(polls)
        self._on_done = on_done

    async def getmany(self, timeout_ms: int, max_records: int):
        batch = next(self._polls, None)
        if batch is None:
            self._on_done()
            return {}
        return batch

    async def commit(self, offsets) -> None:
        return None

    def seek(self, tp, offset) -> None:
        return None


class _InstantLedger:
    async def write(self, batch, months, offsets):
        return len(batch), {}


class _NoBudgetSync:
    """Budget sync on (as in the live consumer): staging collects its references."""

    def note(self, totals, refs) -> None:
        return None


def _polls(records, poll: int, topic: str):
    from aiokafka.structs import ConsumerRecord, TopicPartition

    offsets = [0] * PARTITIONS
    polls = []
    for start in range(0, len(records), poll):
        by_tp: dict = {}
        for partition, key, value, headers in records[start:start + poll]:
            tp = TopicPartition(topic, partition)
            by_tp.setdefault(tp, []).append(ConsumerRecord(
                topic, partition, offsets[partition], 1_765_000_000_000, 0, key, value, None,
                len(key), len(value), tuple(headers)))
            offsets[partition] += 1
        polls.append(by_tp)
    return polls


async def _one_pass(records, poll: int, batch: int) -> float:
    from aiokafka.structs import TopicPartition
    from prometheus_client import CollectorRegistry

    from gammainfra_common.consumer import ConsumerConfig, ConsumerRunner
    from gammainfra_common.consumer.dead_letter import DeadLetterQueue
    from gammainfra_metering.consumer.metrics import MeteringMetrics
    from gammainfra_metering.consumer.pipeline import pipeline_factory
    from gammainfra_metering.consumer.steps import LedgerSink
    from gammainfra_metering.domain.cost_check import CostChecker
    from gammainfra_schemas.catalog import load_catalog

    topic = "llm.requests.v1"
    registry = CollectorRegistry()
    sink = LedgerSink(_InstantLedger(), MeteringMetrics(registry), _NoBudgetSync())
    factory = pipeline_factory(sink=sink, checker=CostChecker(load_catalog),
                               metering_metrics=MeteringMetrics(CollectorRegistry()),
                               batch_size=batch, batch_wait_s=0.5)
    runner = ConsumerRunner(ConsumerConfig(bootstrap="unused", group_id="bench", topics=(topic,),
                                           max_poll_records=poll), factory, registry=registry)
    polls = _polls(records, poll, topic)
    consumer = _FakeConsumer(polls, runner.stop)
    dead_letter = DeadLetterQueue(None, group="bench", metrics=runner.metrics)  # never sent to: all valid
    runner._head = factory(consumer=consumer, dead_letter=dead_letter, metrics=runner.metrics,
                           stopping=lambda: runner.stopping)
    runner._assigned = {TopicPartition(topic, p) for p in range(PARTITIONS)}
    gc.collect()
    started = time.process_time()
    await runner._loop(consumer, dead_letter)
    await runner._head.join()
    return time.process_time() - started


def run_passes(events: int, passes: int, poll: int, batch: int) -> list[float]:
    """µs of process CPU per event, one figure per pass (after one warm-up pass)."""
    records = build_records(events)
    asyncio.run(_one_pass(records[:min(len(records), 20_000)], poll, batch))  # warm-up: imports, caches
    return [asyncio.run(_one_pass(records, poll, batch)) / len(records) * 1e6 for _ in range(passes)]


def _export(rev: str, into: Path) -> Path:
    into.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, *PACKAGES], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def _child(tree: Path | None, args) -> list[float]:
    env = dict(os.environ)
    if tree is not None:  # PYTHONPATH comes before the editable installs of this checkout
        paths = [str(tree / "libs/common"), str(tree / "schemas"), str(tree / "services/metering")]
        env["PYTHONPATH"] = os.pathsep.join(paths + [env.get("PYTHONPATH", "")])
    out = subprocess.run([sys.executable, __file__, "--child", "--events", str(args.events), "--passes", "1",
                          "--poll", str(args.poll), "--batch", str(args.batch)],
                         env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])["us_per_event"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--passes", type=int, default=2, help="passes per side (alternating with --before)")
    parser.add_argument("--poll", type=int, default=5000, help="records per poll (metering: batch size)")
    parser.add_argument("--batch", type=int, default=5000)
    parser.add_argument("--before", help="git revision to compare against, same run, alternating")
    parser.add_argument("--after", help="git revision to time instead of this checkout")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        import gammainfra_common
        print(json.dumps({"us_per_event": run_passes(args.events, args.passes, args.poll, args.batch),
                          "tree": gammainfra_common.__file__}))
        return
    build_records(args.events)  # once, before any timing
    if not args.before:
        for _ in range(args.passes):
            print(f"this tree: {_child(None, args)[0]:.2f} µs/event", flush=True)
        return
    with tempfile.TemporaryDirectory(prefix="metering-cpu-") as scratch:
        before = _export(args.before, Path(scratch) / "before")
        after = _export(args.after, Path(scratch) / "after") if args.after else None
        names = {"before": args.before, "after": args.after or "this checkout"}
        results: dict[str, list[float]] = {"before": [], "after": []}
        for i in range(args.passes):
            for side, where in (("before", before), ("after", after)):
                figure = _child(where, args)[0]
                results[side].append(figure)
                print(f"pass {i + 1} {side} ({names[side]}): {figure:.2f} µs/event", flush=True)
        print(json.dumps({side: {"passes": [round(v, 2) for v in vals], "median": round(statistics.median(vals), 2)}
                          for side, vals in results.items()}))


if __name__ == "__main__":
    main()
