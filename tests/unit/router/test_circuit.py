"""The circuit state machine and the score, driven through the health book."""

from __future__ import annotations

import pytest

from gammainfra_router.domain.circuit import Thresholds
from gammainfra_router.domain.health_book import HealthBook
from gammainfra_router.domain.observations import Observation
from gammainfra_router.domain.scoring import score
from gammainfra_router.domain.window import SlidingWindow

T = Thresholds(min_requests=10, down_consecutive_failures=5, down_fault_rate=0.5, degraded_fault_rate=0.1,
               degraded_rate_limited_ratio=0.2, recover_fault_rate=0.05, cooldown_s=30, half_open_successes=3)
PAIR = "groq-us|meta/llama-3.3-70b"


def obs(at: float, ok: bool = True, error: str | None = None, latency: int = 100) -> Observation:
    return Observation("groq-us", "groq", "meta/llama-3.3-70b", at, ok, error, latency)


def book() -> HealthBook:
    return HealthBook(T, window_s=300, max_samples=1000, slow_latency_ms=10_000)


def state(b: HealthBook, now: float) -> tuple[str, float]:
    (report,) = b.cycle(now)
    return report.state, report.score


def test_consecutive_faults_take_a_pair_down_after_exactly_the_threshold():
    b, now = book(), 1000.0
    for i in range(4):
        b.observe(obs(now, ok=False, error="upstream_server_error"), now)
    assert state(b, now)[0] == "healthy"  # 4 faults < 5, and 4 attempts < min_requests
    b.observe(obs(now, ok=False, error="connect_error"), now)
    assert state(b, now) == ("down", 0.0)


def test_a_success_resets_the_consecutive_count():
    b, now = book(), 1000.0
    for _ in range(3):
        for _ in range(4):
            b.observe(obs(now, ok=False, error="timeout"), now)
        b.observe(obs(now), now)
    # 12 faults of 15 attempts: the rate rule, not the streak, takes it down.
    assert state(b, now)[0] == "down"


def test_request_caused_errors_never_hurt_health():
    b, now = book(), 1000.0
    for _ in range(20):
        b.observe(obs(now, ok=False, error="upstream_client_error"), now)
    s, sc = state(b, now)
    assert s == "healthy" and sc > 0.7


def test_fault_rate_degrades_then_recovers_with_hysteresis():
    b, now = book(), 1000.0
    for i in range(18):
        b.observe(obs(now), now)
    for _ in range(2):
        b.observe(obs(now, ok=False, error="upstream_server_error"), now)
    assert state(b, now)[0] == "degraded"  # 2/20 = 10%
    for _ in range(20):
        b.observe(obs(now), now)
    assert state(b, now)[0] == "healthy"  # 2/40 = 5% <= recover rate


def test_rate_limiting_degrades():
    b, now = book(), 1000.0
    for i in range(15):
        b.observe(obs(now, ok=(i % 3 != 0), error=None if i % 3 else "rate_limited"), now)
    s, sc = state(b, now)
    assert s == "degraded" and sc <= 0.7


def test_down_waits_the_cooldown_then_probes_then_heals():
    b, now = book(), 1000.0
    for _ in range(5):
        b.observe(obs(now, ok=False, error="timeout"), now)
    assert state(b, now)[0] == "down"
    assert state(b, now + 29.9)[0] == "down"
    assert state(b, now + 30) == ("half_open", 0.35)
    probing = now + 31
    b.observe(obs(now + 29.5), probing)  # finished before probing began: not a probe
    for i in range(2):
        b.observe(obs(probing), probing)
        assert state(b, probing)[0] == "half_open"
    b.observe(obs(probing), probing)
    s, sc = state(b, probing)
    assert s == "healthy" and sc > 0.9


def test_a_failed_probe_goes_back_down_with_a_new_cooldown():
    b, now = book(), 1000.0
    for _ in range(5):
        b.observe(obs(now, ok=False, error="timeout"), now)
    b.cycle(now)
    assert state(b, now + 30)[0] == "half_open"
    b.observe(obs(now + 31, ok=False, error="upstream_server_error"), now + 31)
    (report,) = b.cycle(now + 31)
    assert report.state == "down" and report.cooldown_until == pytest.approx(now + 61)


def test_degraded_heals_after_a_window_without_faults():
    b, now = book(), 1000.0
    for i in range(10):
        b.observe(obs(now, ok=i > 1, error=None if i > 1 else "timeout"), now)
    assert state(b, now)[0] == "degraded"
    assert state(b, now + 301)[0] == "healthy"


def test_restored_pair_keeps_state_and_cooldown():
    b, now = book(), 1000.0
    b.restore(endpoint="groq-us", provider="groq", model="meta/llama-3.3-70b", state="down", score_=0.0,
              cooldown_until=now + 10, updated_at=now - 1)
    assert state(b, now) == ("down", 0.0)
    assert state(b, now + 10)[0] == "half_open"


def test_observations_older_than_the_window_are_ignored():
    b, now = book(), 1000.0
    for _ in range(10):
        b.observe(obs(now - 400, ok=False, error="timeout"), now)
    assert len(b) == 0


def test_score_prefers_fast_reliable_endpoints_and_is_bounded():
    fast, slow = SlidingWindow(300, 100), SlidingWindow(300, 100)
    for _ in range(10):
        fast.add(obs(1000, latency=200), 1000)
        slow.add(obs(1000, latency=9000), 1000)
    s_fast = score(fast.stats(1000), "healthy", 0.5, slow_latency_ms=10_000)
    s_slow = score(slow.stats(1000), "healthy", 0.5, slow_latency_ms=10_000)
    assert 0 <= s_slow < s_fast <= 1
    assert score(fast.stats(1000), "degraded", 0.5, slow_latency_ms=10_000) == 0.7
    assert score(fast.stats(1000), "down", 0.5, slow_latency_ms=10_000) == 0.0
    empty = SlidingWindow(300, 100).stats(1000)
    assert score(empty, "healthy", 0.42, slow_latency_ms=10_000) == 0.42
