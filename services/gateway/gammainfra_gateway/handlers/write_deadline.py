"""A deadline on every write of a stream to the client, with one timer per stream.

A stream of N chunks is N writes, and almost every one of them completes at once
(the socket has room). An `asyncio.timeout` per write costs a timer handle, its
cancellation and two reschedules each time for a deadline that never fires.
Here a stream has at most one timer: the first write arms it for that write's
deadline; when it fires it compares the clock with the deadline of the write
pending *then* (if any) and either expires the stream or re-arms for that write.
A write therefore never waits more than `timeout_s` without the stream expiring,
exactly as with a timer per write, and a stream that never stalls pays about one
timer per `timeout_s` of streaming.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable


class WriteDeadline:
    def __init__(self, loop: asyncio.AbstractEventLoop, timeout_s: float, on_expiry: Callable[[], None]) -> None:
        self._loop, self._timeout_s, self._on_expiry = loop, timeout_s, on_expiry
        self._pending_since: float | None = None  # start of the write in progress, None between writes
        self._timer: asyncio.TimerHandle | None = None
        self.expired = False

    def write_started(self) -> None:
        now = self._loop.time()
        self._pending_since = now
        if self._timer is None:
            self._timer = self._loop.call_at(now + self._timeout_s, self._check)

    def write_finished(self) -> None:
        self._pending_since = None

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _check(self) -> None:
        self._timer = None
        if self._pending_since is None:
            return  # no write waiting: the next one re-arms
        due = self._pending_since + self._timeout_s
        if self._loop.time() >= due:
            self.expired = True
            self._on_expiry()
        else:
            self._timer = self._loop.call_at(due, self._check)
