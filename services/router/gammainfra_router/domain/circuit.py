"""The circuit state of one (endpoint, model) pair, and the rules that move it.

    healthy --(fault rate >= degraded_fault_rate, or 429 ratio >= degraded_rate_limited_ratio)--> degraded
    healthy/degraded --(down_consecutive_failures faults in a row, or fault rate >= down_fault_rate)--> down
    degraded --(fault rate <= recover_fault_rate and 429 ratio below half its threshold,
                or no fault for a whole window)--> healthy
    down --(cooldown_s elapsed)--> half_open   (the window restarts: old failures are not re-judged)
    half_open --(half_open_successes successful probes in a row)--> healthy
    half_open --(any fault)--> down            (a new cooldown)

Rate rules need at least `min_requests` attempts in the window, so a single
failure never degrades a pair; the consecutive-failure rule needs none, which
bounds how many requests a dead endpoint can fail before it is skipped.
Attempts finished before the pair entered half_open (requests in flight at the
time) do not count as probes. Pure: time is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass

from .window import WindowStats

HEALTHY, DEGRADED, DOWN, HALF_OPEN = "healthy", "degraded", "down", "half_open"
STATES = (HEALTHY, DEGRADED, DOWN, HALF_OPEN)


@dataclass(frozen=True)
class Thresholds:
    min_requests: int = 10
    down_consecutive_failures: int = 5
    down_fault_rate: float = 0.5
    degraded_fault_rate: float = 0.10
    degraded_rate_limited_ratio: float = 0.20
    recover_fault_rate: float = 0.05
    cooldown_s: float = 30.0
    half_open_successes: int = 3


@dataclass
class Circuit:
    state: str = HEALTHY
    cooldown_until: float | None = None
    since: float = 0.0              # when the current state was entered
    consecutive_faults: int = 0
    probe_successes: int = 0

    def observe(self, *, ok: bool, fault: bool, at: float, now: float, t: Thresholds) -> bool:
        """One attempt finished at `at`. Returns True when the window must restart."""
        if not ok and not fault:
            return False  # the request's own fault says nothing about the endpoint
        if self.state == HALF_OPEN:
            if at < self.since:
                return False  # in flight before probing began
            if fault:
                self._trip(now, t)
                return False
            self.probe_successes += 1
            if self.probe_successes >= t.half_open_successes:
                self._enter(HEALTHY, now)
            return False
        if self.state == DOWN:
            return False  # only the cooldown ends DOWN
        if ok:
            self.consecutive_faults = 0
            return False
        self.consecutive_faults += 1
        if self.consecutive_faults >= t.down_consecutive_failures:
            self._trip(now, t)
        return False

    def evaluate(self, stats: WindowStats, now: float, t: Thresholds) -> bool:
        """Time- and rate-driven transitions (each publish cycle). Returns True when
        the pair just entered half_open, so its window must restart."""
        if self.state == DOWN:
            if self.cooldown_until is not None and now >= self.cooldown_until:
                self._enter(HALF_OPEN, now)
                return True
            return False
        if self.state == HALF_OPEN:
            return False
        enough = stats.requests >= t.min_requests
        fault_rate = stats.fault_rate or 0.0
        limited = stats.rate_limited_ratio or 0.0
        if enough and fault_rate >= t.down_fault_rate:
            self._trip(now, t)
        elif enough and (fault_rate >= t.degraded_fault_rate or limited >= t.degraded_rate_limited_ratio):
            if self.state != DEGRADED:
                self._enter(DEGRADED, now)
        elif self.state == DEGRADED and self._recovered(stats, enough, fault_rate, limited, now, t):
            self._enter(HEALTHY, now)
        return False

    @staticmethod
    def _recovered(stats: WindowStats, enough: bool, fault_rate: float, limited: float, now: float,
                   t: Thresholds) -> bool:
        if enough and fault_rate <= t.recover_fault_rate and limited < t.degraded_rate_limited_ratio / 2:
            return True
        return stats.last_fault_at is None or now - stats.last_fault_at >= stats.seconds

    def _trip(self, now: float, t: Thresholds) -> None:
        self._enter(DOWN, now)
        self.cooldown_until = now + t.cooldown_s

    def _enter(self, state: str, now: float) -> None:
        self.state, self.since = state, now
        self.consecutive_faults = self.probe_successes = 0
        if state != DOWN:
            self.cooldown_until = None
