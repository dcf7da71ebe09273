"""In-process fallback limiter with the same two-window rule as the Redis script.

Memory is bounded: windows older than the previous one are dropped as time moves.
"""

from __future__ import annotations

import time


class LocalWindowLimiter:
    def __init__(self, window_ms: int, clock=time.time) -> None:
        self._window_ms = window_ms
        self._clock = clock
        self._start = -1
        self._current: dict[str, int] = {}
        self._previous: dict[str, int] = {}

    def check(self, limits: list[tuple[str, int]], now_ms: int) -> int:
        """0 if allowed (and counted), else milliseconds to wait."""
        start = now_ms - now_ms % self._window_ms
        if start != self._start:
            self._previous = self._current if start - self._start == self._window_ms else {}
            self._current = {}
            self._start = start
        weight = (self._window_ms - (now_ms - start)) / self._window_ms
        for bucket, limit in limits:
            used = self._current.get(bucket, 0) + self._previous.get(bucket, 0) * weight
            if used + 1 > limit:
                return self._window_ms - (now_ms - start)
        for bucket, _ in limits:
            self._current[bucket] = self._current.get(bucket, 0) + 1
        return 0
