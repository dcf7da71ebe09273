"""Event-loop lag of a service, exported on its /metrics.

Owns: one background task that sleeps `interval_s` and records how late it woke.
A blocked loop (a synchronous call, a CPU-heavy batch, a GC pause) delays every
request and every heartbeat of the process by that much, and nothing else in the
metrics shows it; the soak (bench/soak.py) reads these two series per process.

Metrics:

| name | type | meaning |
|---|---|---|
| `gi_event_loop_lag_seconds` | histogram | how late each 0.25 s sleep woke |
| `gi_event_loop_lag_max_seconds` | gauge | the worst of those over the last `window_s` seconds |

Guarantees: costs one wake-up per interval; `stop()` is idempotent.
Raises: prometheus_client's `ValueError` when two monitors share a registry.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque

from prometheus_client import CollectorRegistry, Gauge, Histogram

__all__ = ["LoopLagMonitor"]

# From "unnoticeable" to "a request timed out behind it".
BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class LoopLagMonitor:
    def __init__(self, registry: CollectorRegistry, *, interval_s: float = 0.25, window_s: float = 30.0) -> None:
        self._interval_s = interval_s
        self._recent: deque[float] = deque(maxlen=max(1, int(window_s / interval_s)))
        self._lag = Histogram("gi_event_loop_lag_seconds", "How late a periodic sleep of the event loop woke.",
                              buckets=BUCKETS, registry=registry)
        worst = Gauge("gi_event_loop_lag_max_seconds",
                      f"Worst event-loop lag over the last {window_s:g} s.", registry=registry)
        worst.set_function(lambda: max(self._recent, default=0.0))
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="loop-lag-monitor")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            expected = loop.time() + self._interval_s
            await asyncio.sleep(self._interval_s)
            self.record(max(0.0, loop.time() - expected))

    def record(self, lag_s: float) -> None:
        self._lag.observe(lag_s)
        self._recent.append(lag_s)
