"""A sliding window of observations of one (endpoint, model) pair, and its statistics.

Samples older than `seconds` are dropped when the window is read or written;
at most `max_samples` are kept (the oldest go first), which bounds memory and the
cost of a percentile under any traffic. Percentiles are nearest-rank over the
kept samples. Pure.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

from .observations import ERROR_TYPES, Observation


@dataclass(frozen=True)
class WindowStats:
    seconds: int
    requests: int
    successes: int
    faults: int
    errors: dict[str, int]
    latency_p50: int | None
    latency_p95: int | None
    latency_p99: int | None
    ttfb_p50: int | None
    ttfb_p95: int | None
    tokens_per_s: float | None
    last_fault_at: float | None

    @property
    def success_rate(self) -> float | None:
        return self.successes / self.requests if self.requests else None

    @property
    def fault_rate(self) -> float | None:
        return self.faults / self.requests if self.requests else None

    @property
    def rate_limited_ratio(self) -> float | None:
        return self.errors["rate_limited"] / self.requests if self.requests else None

    def to_topic(self) -> dict:
        """The `window` object of routing.health.v1."""
        return {
            "seconds": self.seconds, "requests": self.requests,
            "success_rate": _round(self.success_rate), "errors": dict(self.errors),
            "latency_ms": {"p50": self.latency_p50, "p95": self.latency_p95, "p99": self.latency_p99},
            "ttfb_ms": {"p50": self.ttfb_p50, "p95": self.ttfb_p95},
            "output_tokens_per_second": None if self.tokens_per_s is None else round(self.tokens_per_s, 1),
            "rate_limited_ratio": _round(self.rate_limited_ratio),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def percentile(sorted_values: list, p: float):
    """Nearest-rank percentile of an ascending list; None when empty."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


@dataclass
class SlidingWindow:
    seconds: int
    max_samples: int
    _samples: deque = field(default_factory=deque)

    def add(self, obs: Observation, now: float) -> None:
        self._samples.append(obs)
        while len(self._samples) > self.max_samples:
            self._samples.popleft()
        self._evict(now)

    def clear(self) -> None:
        self._samples.clear()

    def __len__(self) -> int:
        return len(self._samples)

    def _evict(self, now: float) -> None:
        horizon = now - self.seconds
        while self._samples and self._samples[0].at < horizon:
            self._samples.popleft()

    def stats(self, now: float) -> WindowStats:
        self._evict(now)
        errors = dict.fromkeys(ERROR_TYPES, 0)
        latencies, ttfbs, tps = [], [], []
        successes = faults = 0
        last_fault = None
        for obs in self._samples:
            if obs.ok:
                successes += 1
                latencies.append(obs.latency_ms)
                if obs.ttfb_ms is not None:
                    ttfbs.append(obs.ttfb_ms)
                if obs.tokens_per_s is not None:
                    tps.append(obs.tokens_per_s)
            else:
                errors[obs.error_type] += 1
                if obs.fault:
                    faults += 1
                    last_fault = obs.at if last_fault is None else max(last_fault, obs.at)
        latencies.sort()
        ttfbs.sort()
        tps.sort()
        return WindowStats(self.seconds, len(self._samples), successes, faults, errors,
                           percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
                           percentile(ttfbs, 50), percentile(ttfbs, 95), percentile(tps, 50), last_fault)
