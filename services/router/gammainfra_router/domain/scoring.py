"""The routing score of a pair, in [0, 1]: 1 is a perfect endpoint, 0 never route.

    base = 0.7 * (1 - fault_rate) + 0.2 * latency_factor + 0.1 * (1 - rate_limited_ratio)
    latency_factor = 1 - min(1, latency_p95 / slow_latency_ms)   (0.5 without latency samples)

then capped by the state: down 0, half_open at most 0.35, degraded at most 0.7.
Without any attempt in the window the previous score stands (no new evidence is
no reason to move); a pair never seen starts at 0.5, the gateway's neutral value.
Pure.
"""

from __future__ import annotations

from .circuit import DEGRADED, DOWN, HALF_OPEN
from .window import WindowStats

NEUTRAL = 0.5
CAPS = {DOWN: 0.0, HALF_OPEN: 0.35, DEGRADED: 0.7}


def score(stats: WindowStats, state: str, previous: float, *, slow_latency_ms: float) -> float:
    if stats.requests == 0:
        # A pair that just started probing has no samples yet: it gets its cap.
        base = CAPS[HALF_OPEN] if state == HALF_OPEN else previous
    else:
        latency = 0.5 if stats.latency_p95 is None else 1 - min(1.0, stats.latency_p95 / slow_latency_ms)
        base = (0.7 * (1 - (stats.fault_rate or 0.0)) + 0.2 * latency
                + 0.1 * (1 - (stats.rate_limited_ratio or 0.0)))
    return round(max(0.0, min(base, CAPS.get(state, 1.0))), 4)
