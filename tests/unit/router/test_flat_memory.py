"""The router's per-event memory in flat arrays (domain/ring.py, consumer/recent_ids.py)
behaves exactly like the object-per-sample structures it replaced."""

from __future__ import annotations

import random
from collections import OrderedDict, deque

import pytest

from gammainfra_router.consumer.recent_ids import RecentIds
from gammainfra_router.domain.label_stats import LabelStats
from gammainfra_router.domain.observations import Observation
from gammainfra_router.domain.ring import Ring
from gammainfra_router.domain.window import SlidingWindow


def test_ring_matches_a_bounded_deque_through_growth_wraps_and_pops():
    rng = random.Random(7)
    ring, model = Ring("dq", 50), deque()
    for step in range(5_000):
        if rng.random() < 0.7:
            row = (rng.random(), rng.randrange(-10**9, 10**9))
            ring.append(*row)
            model.append(row)
            if len(model) > 50:
                model.popleft()
        elif model:
            assert ring.first(0) == model[0][0]
            ring.popleft()
            model.popleft()
        if step % 97 == 0:
            assert list(ring.rows()) == list(model)
        assert len(ring) == len(model)
    assert ring.slots == 50  # grew to its capacity and no further


def test_ring_clear_and_empty_errors():
    ring = Ring("b", 3)
    with pytest.raises(IndexError):
        ring.first(0)
    with pytest.raises(IndexError):
        ring.popleft()
    for v in (1, 2, 3, 4):
        ring.append(v)
    assert list(ring.column(0)) == [2, 3, 4]
    ring.clear()
    assert not ring and list(ring.rows()) == []
    ring.append(9)
    assert list(ring.column(0)) == [9]
    with pytest.raises(ValueError):
        Ring("b", 0)


@pytest.mark.parametrize("capacity", [1, 3, 8, 1000])
def test_recent_ids_match_a_bounded_ordered_dict(capacity):
    pool = [f"evt-{i}" for i in range(capacity * 4 + 5)]  # repeats: some still remembered, some forgotten
    _agrees_with_a_bounded_ordered_dict(RecentIds(capacity), capacity, pool, capacity * 40 + 200, seed=capacity)


def _agrees_with_a_bounded_ordered_dict(ids, capacity: int, pool: list[str], steps: int, *, seed: int) -> None:
    rng, model = random.Random(seed), OrderedDict()
    for _ in range(steps):
        event_id = rng.choice(pool)
        expected = event_id in model
        if not expected:
            model[event_id] = None
            if len(model) > capacity:
                model.popitem(last=False)
        assert ids.seen(event_id) is expected
        assert len(ids) == len(model)


def test_recent_ids_forget_exactly_the_oldest():
    ids = RecentIds(3)
    assert [ids.seen(x) for x in "abc"] == [False] * 3
    assert ids.seen("a") is True  # a lookup does not refresh its age
    assert ids.seen("d") is False  # forgets a
    assert [ids.seen(x) for x in "bcd"] == [True] * 3
    assert ids.seen("a") is False


def _obs(at: float, ok: bool = True, error: str | None = None, ttfb: int | None = None,
         tps: float | None = None, latency: int = 100) -> Observation:
    return Observation("ep", "openai", "m", at, ok, error, latency, ttfb, tps)


def test_window_stats_read_the_flat_columns():
    w = SlidingWindow(60, 100)
    w.add(_obs(1000, latency=100, ttfb=20, tps=50.0), 1000)
    w.add(_obs(1001, latency=300), 1001)
    w.add(_obs(1002, ok=False, error="timeout", latency=9000), 1002)
    w.add(_obs(1003, ok=False, error="upstream_client_error", latency=5), 1003)
    stats = w.stats(1004)
    assert (stats.requests, stats.successes, stats.faults) == (4, 2, 1)
    assert stats.errors["timeout"] == 1 and stats.errors["upstream_client_error"] == 1
    assert sum(stats.errors.values()) == 2
    assert (stats.latency_p50, stats.latency_p99, stats.ttfb_p50, stats.tokens_per_s) == (100, 300, 20, 50.0)
    assert stats.last_fault_at == 1002
    assert w.stats(1061).requests == 3  # the sample at 1000 is older than 60 s at 1061
    assert w.stats(1063).requests == 1
    assert w.stats(1064).requests == 0 and w.stats(1064).tokens_per_s is None


def test_label_stats_window_and_success_rate():
    labels = LabelStats(window_s=10, max_samples=4)
    for at, ok in ((100, True), (101, False), (102, True), (103, True), (104, True)):
        labels.observe("code", _obs(at, ok, None if ok else "timeout", latency=at), now=at)
    summary = labels.summary(104)["code"]["m"]
    assert summary["requests"] == 4  # capped at max_samples: 101..104
    assert summary["success_rate"] == 0.75 and summary["latency_p50_ms"] == 103
    assert labels.summary(200) == {}


@pytest.mark.parametrize("homes", [1, 3])
def test_recent_ids_with_clustered_fingerprints(monkeypatch, homes):
    """Fingerprints forced onto a few home slots (some at the table's end, so runs wrap): every probe run,
    wrap-around and backward shift is exercised, and the answers still match the bounded model."""
    from gammainfra_router.consumer import recent_ids

    capacity = 24
    table_size = 64  # RecentIds(24) sizes its table to the next power of two >= 48
    starts = [table_size - 2, 5, 30][:homes]
    fingerprints = {}

    def clustered(event_id: str) -> int:
        if event_id not in fingerprints:
            fingerprints[event_id] = (len(fingerprints) + 1) * table_size + starts[len(fingerprints) % homes]
        return fingerprints[event_id]

    monkeypatch.setattr(recent_ids, "hash", clustered, raising=False)
    pool = [f"e{i}" for i in range(80)]
    _agrees_with_a_bounded_ordered_dict(recent_ids.RecentIds(capacity), capacity, pool, 20_000, seed=homes)


def _reference_stats(samples: list[Observation], seconds: int, now: float) -> tuple:
    """The window's statistics computed the plain way, from the kept observations (evicted from the oldest
    end, as the window does: a late-arriving older sample stays while a newer one is ahead of it)."""
    kept = list(samples)
    while kept and kept[0].at < now - seconds:
        kept.pop(0)
    ok = [o for o in kept if o.ok]
    lat = sorted(o.latency_ms for o in ok)
    ttfb = sorted(o.ttfb_ms for o in ok if o.ttfb_ms is not None)
    faults = [o for o in kept if o.fault]
    errors = {}
    for o in kept:
        if not o.ok:
            errors[o.error_type] = errors.get(o.error_type, 0) + 1

    def pct(values, p):
        return values[max(1, -(-p * len(values) // 100)) - 1] if values else None

    return (len(kept), len(ok), len(faults), {k: v for k, v in errors.items() if v},
            pct(lat, 50), pct(lat, 99), pct(ttfb, 50), max((o.at for o in faults), default=None))


def test_window_matches_the_plain_computation_on_random_traffic():
    from gammainfra_router.domain.observations import ERROR_TYPES

    rng = random.Random(18)
    for _ in range(50):
        capacity, seconds = rng.randint(1, 40), rng.randint(5, 60)
        w, kept = SlidingWindow(seconds, capacity), deque()
        now = 1_000.0
        for _ in range(rng.randint(1, 200)):
            now += rng.random() * 2
            ok = rng.random() < 0.7
            obs = _obs(now - rng.random() * 3, ok, None if ok else rng.choice(ERROR_TYPES),
                       ttfb=rng.choice([None, 0, rng.randint(1, 500)]) if ok else None,
                       tps=rng.choice([None, 0.0, rng.random() * 90]) if ok else None, latency=rng.randint(0, 9000))
            w.add(obs, now)
            kept.append(obs)
            while len(kept) > capacity:
                kept.popleft()
            while kept and kept[0].at < now - seconds:
                kept.popleft()
            if rng.random() < 0.02:
                w.clear()
                kept.clear()
        s = w.stats(now)
        got = (s.requests, s.successes, s.faults, {k: v for k, v in s.errors.items() if v},
               s.latency_p50, s.latency_p99, s.ttfb_p50, s.last_fault_at)
        assert got == _reference_stats(list(kept), seconds, now)


def test_a_refused_value_drops_no_row_and_an_untyped_failure_counts_no_type():
    ring = Ring("dq", 2)
    ring.append(1.0, 1)
    ring.append(2.0, 2)
    with pytest.raises(TypeError):
        ring.append(3.0, 2.5)  # a float in an integer column
    assert list(ring.rows()) == [(1.0, 1), (2.0, 2)]
    w = SlidingWindow(60, 10)
    w.add(_obs(1000, ok=False, error=None), 1000)
    stats = w.stats(1000)
    assert stats.requests == 1 and stats.successes == 0 and sum(stats.errors.values()) == 0
