"""`gammainfra replay` and `gammainfra audit` as an operator runs them (real
subprocesses): a replay of a range the live consumer processed gives zero
differences; a deliberately altered live ledger row is reported, exit 1."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP
from tests.integration.conftest import eventually

from .events import random_event
from .harness import ROOT, produce

pytestmark = [pytest.mark.asyncio, pytest.mark.timing]
FMT = "%Y-%m-%dT%H:%M:%SZ"


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "GI_DATABASE_URL": DATABASE_URL, "GI_KAFKA_BOOTSTRAP": KAFKA_BOOTSTRAP}
    return subprocess.run([sys.executable, "-m", "gammainfra_cli.main", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


async def test_replay_of_a_processed_range_has_zero_differences_and_an_altered_row_is_reported(
        new_topic, ledger_schema, pg, metering_processes):
    topic = await new_topic(partitions=3)
    rng = random.Random(5)
    now = datetime.now(UTC).replace(microsecond=0)
    events = [random_event(rng, customers=8, finished_at=now - timedelta(seconds=rng.randrange(0, 600)))
              for _ in range(3000)]
    await produce(topic, events)
    await metering_processes(topic=topic, schema=ledger_schema).start()

    async def ingested():
        try:
            return await pg.fetchval(f'SELECT count(*) FROM "{ledger_schema}".request_log') == 3000
        except Exception:  # noqa: BLE001
            return False

    await eventually(ingested, timeout_s=60)
    scratch = f"metering_replay_{uuid.uuid4().hex[:10]}"
    start, end = (now - timedelta(seconds=700)).strftime(FMT), (now + timedelta(seconds=60)).strftime(FMT)
    try:
        done = _cli("replay", "--topic", topic, "--from", start, "--to", end, "--schema", scratch,
                    "--live-schema", ledger_schema, "--audit", "--json")
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        assert report["events_written"] == 3000
        assert report["group_id"].startswith("metering-replay-")
        audit = report["audit"]
        assert audit["ok"] is True and audit["differences"] == []
        assert audit["requests_live"] == audit["requests_replay"] == 3000
        assert audit["customers_live"] == 8

        victim = events[17]
        await pg.execute(f'UPDATE "{ledger_schema}".request_log SET cost_micro_usd = cost_micro_usd + 1 '
                         'WHERE request_id = $1', victim["request_id"])
        done = _cli("audit", "--replay-schema", scratch, "--live-schema", ledger_schema, "--from", start, "--to", end)
        assert done.returncode == 1, done.stderr
        report = json.loads(done.stdout)
        assert report["ok"] is False
        produced = sum(e["cost_micro_usd"] for e in events if e["customer_id"] == victim["customer_id"])
        assert report["differences"] == [{
            "customer_id": victim["customer_id"], "field": "cost_micro_usd",
            "live": produced + 1, "replay": produced, "difference": 1}]

        bad = _cli("audit", "--replay-schema", "Robert'); DROP", "--from", start, "--to", end)
        assert bad.returncode == 2 and "schema name" in bad.stderr
    finally:
        await pg.execute(f'DROP SCHEMA IF EXISTS "{scratch}" CASCADE')


async def test_replay_over_three_worker_processes_writes_every_event_once_and_audits_clean(
        new_topic, ledger_schema, pg, metering_processes):
    """--workers 3: three processes share the topic's 6 partitions in one fresh group
    (a rebalance happens as each joins); every event lands exactly once, and the
    replay ends only when the scratch ledger holds every partition's range."""
    topic = await new_topic(partitions=6)
    rng = random.Random(8)
    now = datetime.now(UTC).replace(microsecond=0)
    events = [random_event(rng, customers=30, finished_at=now - timedelta(seconds=rng.randrange(0, 600)))
              for _ in range(6000)]
    ids = [f"ev-{uuid.uuid4().hex}" for _ in events]
    # Producer retries: the same events (same ce_id) again, later in their partitions.
    await produce(topic, events + events[:50], ids=ids + ids[:50])
    await metering_processes(topic=topic, schema=ledger_schema).start()

    async def ingested():
        try:
            return await pg.fetchval(f'SELECT count(*) FROM "{ledger_schema}".request_log') == 6000
        except Exception:  # noqa: BLE001
            return False

    await eventually(ingested, timeout_s=90)
    scratch = f"metering_replay_{uuid.uuid4().hex[:10]}"
    start, end = (now - timedelta(seconds=700)).strftime(FMT), (now + timedelta(seconds=60)).strftime(FMT)
    try:
        done = _cli("replay", "--topic", topic, "--from", start, "--to", end, "--schema", scratch,
                    "--live-schema", ledger_schema, "--workers", "3", "--audit", "--json")
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        assert report["events_written"] == 6000
        assert report["audit"]["ok"] is True and report["audit"]["requests_replay"] == 6000
        stored = await pg.fetch(f'SELECT partition, next_offset FROM "{scratch}".consumer_offsets WHERE topic = $1',
                                topic)
        ends = {p["partition"]: p["end"] for p in report["partitions"]}
        assert len(stored) == 6 and all(r["next_offset"] >= ends[r["partition"]] for r in stored)

        bad = _cli("replay", "--topic", topic, "--from", start, "--to", end, "--workers", "0")
        assert bad.returncode == 2 and "at least 1" in bad.stderr
    finally:
        await pg.execute(f'DROP SCHEMA IF EXISTS "{scratch}" CASCADE')
