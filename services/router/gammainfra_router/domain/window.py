"""A sliding window of observations of one (endpoint, model) pair, and its statistics.

Samples older than `seconds` are dropped when the window is read or written;
at most `max_samples` are kept (the oldest go first), which bounds memory and the
cost of a percentile under any traffic. A sample is a row of numbers in a `Ring`
(ring.py says why no object per sample is kept). Percentiles are nearest-rank over
the kept samples. Pure.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .observations import ERROR_TYPES, Observation
from .ring import Ring

_ERROR_CODE = {name: i for i, name in enumerate(ERROR_TYPES)}
# Columns of a sample, in this order: finished at, ok, error type code (-1: none), fault, latency ms,
# ttfb ms (-1: none), output tokens per second (NaN: none).
_TYPECODES = "dbbbqqd"
_AT = 0


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
    _samples: Ring = field(init=False)

    def __post_init__(self) -> None:
        self._samples = Ring(_TYPECODES, self.max_samples)

    def add(self, obs: Observation, now: float) -> None:
        self._samples.append(
            obs.at, obs.ok, -1 if obs.error_type is None else _ERROR_CODE[obs.error_type], obs.fault,
            obs.latency_ms, -1 if obs.ttfb_ms is None else obs.ttfb_ms,
            math.nan if obs.tokens_per_s is None else obs.tokens_per_s)
        self._evict(now)

    def clear(self) -> None:
        self._samples.clear()

    def __len__(self) -> int:
        return len(self._samples)

    def _evict(self, now: float) -> None:
        horizon = now - self.seconds
        samples = self._samples
        while samples and samples.first(_AT) < horizon:
            samples.popleft()

    def stats(self, now: float) -> WindowStats:
        self._evict(now)
        error_counts = [0] * len(ERROR_TYPES)
        latencies, ttfbs, tps = [], [], []
        successes = faults = 0
        last_fault = None
        for at, ok, error, fault, latency, ttfb, rate in self._samples.rows():
            if ok:
                successes += 1
                latencies.append(latency)
                if ttfb >= 0:
                    ttfbs.append(ttfb)
                if rate == rate:  # not NaN
                    tps.append(rate)
            else:
                if error >= 0:  # a failure without a type counts as a request, not as some other type
                    error_counts[error] += 1
                if fault:
                    faults += 1
                    last_fault = at if last_fault is None else max(last_fault, at)
        latencies.sort()
        ttfbs.sort()
        tps.sort()
        errors = dict(zip(ERROR_TYPES, error_counts))
        return WindowStats(self.seconds, len(self._samples), successes, faults, errors,
                           percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
                           percentile(ttfbs, 50), percentile(ttfbs, 95), percentile(tps, 50), last_fault)
