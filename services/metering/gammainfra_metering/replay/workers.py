"""A replay spread over several processes (`gammainfra replay --workers N`).

One Python process decodes, validates and stages ~25-40k events/s at most (it is
CPU-bound on one core), so a replay of millions of events is split: N worker
processes join ONE fresh consumer group on the topic and share its partitions.
Each worker is the replay pipeline of `runner` (same steps, same ledger write
into the same scratch schema); what differs is how a worker is positioned and
when it stops:

- on assignment a partition is positioned at the offset the scratch ledger
  stored with its rows (a rebalance moved it from another worker mid-way), or
  at the range's start when the ledger holds nothing of it yet;
- completion is read from the scratch ledger itself: once every partition's
  stored next offset reached the range's end, every row up to it is committed,
  and the coordinator stops the workers (SIGTERM: each writes the batch in
  hand and leaves). A worker that exits on its own or with an error fails the
  replay (an incomplete replay is an error, never a partial success).

Exactly-once effect holds as in the live service: offsets are stored in the
same statement as the rows, and the dedupe absorbs what two owners both read
around a rebalance.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys

import asyncpg
import structlog

from .kafka_range import PartitionRange

log = structlog.get_logger(__name__)

_STORED = "SELECT partition, next_offset FROM consumer_offsets WHERE topic = $1"


async def run_workers(*, dsn: str, bootstrap: str, topic: str, schema: str, group_id: str,
                      todo: dict[int, PartitionRange], batch_size: int, workers: int,
                      check_every_s: float = 0.2) -> int:
    """Runs `workers` processes until the scratch ledger holds every range; returns
    the rows they inserted."""
    spec = json.dumps({"dsn": dsn, "bootstrap": bootstrap, "topic": topic, "schema": schema,
                       "group_id": group_id, "batch_size": batch_size,
                       "ranges": [[r.partition, r.start, r.end] for r in todo.values()]})
    procs = [await asyncio.create_subprocess_exec(sys.executable, "-m", "gammainfra_metering.replay.workers",
                                                  stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
             for _ in range(workers)]
    for proc in procs:
        proc.stdin.write(spec.encode())
        proc.stdin.close()
    conn = await asyncpg.connect(dsn, server_settings={"search_path": schema})
    try:
        while not await _ledger_reached_end(conn, topic, todo):
            exited = [p for p in procs if p.returncode is not None]
            if exited:
                raise RuntimeError(f"replay worker exited early with {exited[0].returncode}")
            await asyncio.sleep(check_every_s)
    finally:
        await conn.close()
        for proc in procs:
            if proc.returncode is None:
                proc.send_signal(signal.SIGTERM)
        outputs = [await proc.communicate() for proc in procs]
    inserted = 0
    for proc, (out, _) in zip(procs, outputs):
        if proc.returncode == -signal.SIGTERM and not out.strip():
            # Stopped before it installed its handlers, i.e. before it consumed anything
            # (the others finished the range first): it wrote nothing.
            continue
        if proc.returncode != 0:
            raise RuntimeError(f"replay worker failed with exit code {proc.returncode}")
        inserted += json.loads(out.decode().strip().splitlines()[-1])["inserted"]
    return inserted


async def _ledger_reached_end(conn, topic: str, todo: dict[int, PartitionRange]) -> bool:
    try:
        stored = {r["partition"]: r["next_offset"] for r in await conn.fetch(_STORED, topic)}
    except asyncpg.UndefinedTableError:
        return False
    return all(stored.get(p, r.start) >= r.end for p, r in todo.items())


async def _worker(spec: dict) -> int:
    from aiokafka.structs import TopicPartition

    from gammainfra_common.consumer import ConsumerConfig, ConsumerRunner
    from gammainfra_common.metrics import new_registry
    from gammainfra_schemas.catalog import load_catalog

    from ..adapters.ledger import PostgresLedger, open_ledger_pool
    from ..adapters.partitions import PartitionManager
    from ..consumer.metrics import MeteringMetrics
    from ..consumer.pipeline import pipeline_factory
    from ..consumer.steps import LedgerSink
    from ..domain.cost_check import CostChecker

    ranges = {p: PartitionRange(p, start, end) for p, start, end in spec["ranges"]}
    pool = await open_ledger_pool(spec["dsn"], spec["schema"], application_name="metering-replay")
    try:
        partitions = PartitionManager(pool)
        await partitions.load()
        ledger = PostgresLedger(pool, partitions)
        registry = new_registry(process_metrics=False)
        metrics = MeteringMetrics(registry)
        factory = pipeline_factory(sink=LedgerSink(ledger, metrics), checker=CostChecker(load_catalog),
                                   metering_metrics=metrics, batch_size=spec["batch_size"], batch_wait_s=0.2)

        async def seek_to_stored_or_start(consumer, assigned: set[TopicPartition]) -> None:
            stored = await ledger.stored_offsets(spec["topic"])
            for tp in assigned:
                r = ranges.get(tp.partition)
                if r is None:  # nothing of it in the range: park it at its end
                    consumer.seek(tp, (await consumer.end_offsets([tp]))[tp])
                else:
                    consumer.seek(tp, max(stored.get(tp.partition, r.start), r.start))

        config = ConsumerConfig(bootstrap=spec["bootstrap"], group_id=spec["group_id"], topics=(spec["topic"],),
                                client_id="metering-replay", max_poll_records=spec["batch_size"])
        runner = ConsumerRunner(config, factory, registry=registry, on_assign=seek_to_stored_or_start)
        runner.install_signal_handlers()
        await runner.run()
        return int(registry.get_sample_value("gi_metering_ledger_rows_total", {"outcome": "inserted"}) or 0)
    finally:
        await pool.close()


if __name__ == "__main__":
    from gammainfra_common.logging import configure_logging

    configure_logging("metering-replay", os.environ.get("GI_LOG_LEVEL", "WARNING"), stderr=True)
    count = asyncio.run(_worker(json.loads(sys.stdin.read())))
    print(json.dumps({"inserted": count}), flush=True)
