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
    rng = random.Random(capacity)
    ids, model = RecentIds(capacity), OrderedDict()
    pool = [f"evt-{i}" for i in range(capacity * 4 + 5)]  # repeats: some still remembered, some forgotten
    for _ in range(capacity * 40 + 200):
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
