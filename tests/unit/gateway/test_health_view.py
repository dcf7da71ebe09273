"""The gateway's health view: markers, snapshot parsing, the background refresher."""

from __future__ import annotations

import asyncio

import orjson
import pytest

from gammainfra_gateway.routing.health import NEUTRAL, HealthView, parse_snapshot, refresh_health

from .helpers import GENERATED_AT_MS, FakeClock, snapshot

LLAMA = "meta/llama-3.3-70b"


def test_marker_without_snapshot_is_stale_with_nulls():
    view = HealthView(stale_after_s=30, clock=FakeClock(GENERATED_AT_MS / 1000))
    assert view.marker() == {"snapshot_version": None, "age_ms": None, "stale": True}
    assert view.health("groq-us", LLAMA) is NEUTRAL


def test_marker_fresh_snapshot():
    clock = FakeClock(GENERATED_AT_MS / 1000 + 0.25)
    view = HealthView(stale_after_s=30, clock=clock)
    view.replace(snapshot({}, version=42))
    assert view.marker() == {"snapshot_version": 42, "age_ms": 250, "stale": False}
    clock.now = GENERATED_AT_MS / 1000 + 30         # exactly the limit: still fresh
    assert view.marker() == {"snapshot_version": 42, "age_ms": 30_000, "stale": False}


def test_marker_old_snapshot_is_stale():
    clock = FakeClock(GENERATED_AT_MS / 1000 + 31)
    view = HealthView(stale_after_s=30, clock=clock)
    view.replace(snapshot({}, version=9))
    assert view.marker() == {"snapshot_version": 9, "age_ms": 31_000, "stale": True}


def test_marker_age_never_negative_with_clock_skew():
    view = HealthView(stale_after_s=30, clock=FakeClock(GENERATED_AT_MS / 1000 - 5))
    view.replace(snapshot({}, version=1))
    assert view.marker() == {"snapshot_version": 1, "age_ms": 0, "stale": False}


def test_parse_snapshot_entries_defaults_and_ranks():
    snap = parse_snapshot(orjson.dumps({"version": 3, "generated_at_ms": 123, "entries": {
        "groq-us|meta/llama-3.3-70b": {"state": "down", "score": 0.1, "latency_p50_ms": 80.5, "tokens_per_s": 250},
        "openai-us|openai/gpt-4o": {},
        "a|b": {"state": "half_open"}, "c|d": {"state": "degraded"}, "e|f": {"state": "mystery"}}}))
    assert (snap.version, snap.generated_at_ms) == (3, 123)
    down = snap.entries["groq-us|meta/llama-3.3-70b"]
    assert (down.state, down.score, down.latency_p50_ms, down.tokens_per_s, down.rank) == ("down", 0.1, 80.5, 250, 3)
    assert snap.entries["openai-us|openai/gpt-4o"] == NEUTRAL
    assert [snap.entries[k].rank for k in ("a|b", "c|d", "e|f")] == [2, 1, 0]  # half_open after degraded
    view = HealthView(stale_after_s=30, clock=FakeClock(0.123))  # the snapshot is fresh
    view.replace(snap)
    assert view.health("groq-us", "meta/llama-3.3-70b") is down
    assert view.health("groq-us", "openai/gpt-4o") is NEUTRAL


@pytest.mark.parametrize(("raw", "error"), [
    (b"not json", ValueError),
    (b'{"generated_at_ms": 1, "entries": {}}', KeyError),
    (b'{"version": 1, "generated_at_ms": 1, "entries": {"a|b": {"score": null}}}', TypeError),
])
def test_parse_snapshot_bad_documents_raise_what_the_refresher_catches(raw, error):
    with pytest.raises(error):
        parse_snapshot(raw)


class FakeRedis:
    """`get` answers from a script of values; the last one repeats."""

    def __init__(self, *values: bytes | None) -> None:
        self._values = list(values)
        self.gets = 0

    async def get(self, key: str) -> bytes | None:
        assert key == "gi:routing:health"
        self.gets += 1
        return self._values.pop(0) if len(self._values) > 1 else self._values[0]


def _doc(version: int) -> bytes:
    return orjson.dumps({"version": version, "generated_at_ms": GENERATED_AT_MS, "entries": {}})


async def _run_refresher(redis: FakeRedis, view: HealthView, until) -> asyncio.Task:
    task = asyncio.create_task(refresh_health(redis, view, interval_s=0.001))
    for _ in range(500):
        if until() or task.done():
            break
        await asyncio.sleep(0.002)
    return task


async def _stop(task: asyncio.Task) -> None:
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


async def test_refresher_keeps_last_good_snapshot_on_bad_or_missing_ones():
    view = HealthView(stale_after_s=30, clock=FakeClock(GENERATED_AT_MS / 1000))
    redis = FakeRedis(_doc(1), b"{broken", None, b'{"entries": {}}')
    task = await _run_refresher(redis, view, lambda: redis.gets >= 6)
    try:
        assert not task.done()
        assert redis.gets >= 6
        assert view.marker()["snapshot_version"] == 1
    finally:
        await _stop(task)


async def test_refresher_survives_a_structurally_wrong_snapshot():
    view = HealthView(stale_after_s=30, clock=FakeClock(GENERATED_AT_MS / 1000))
    redis = FakeRedis(_doc(1), b"[]", b'{"version": 2, "generated_at_ms": 1, "entries": {"a|b": null}}', _doc(3))
    task = await _run_refresher(redis, view, lambda: view.marker()["snapshot_version"] == 3)
    try:
        assert not task.done()
        assert view.marker()["snapshot_version"] == 3
    finally:
        await _stop(task)
