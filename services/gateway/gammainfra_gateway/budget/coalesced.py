"""One Redis script call for many requests: the budget's reservations and settlements.

`CoalescedScript.submit(keys, args)` queues one item and returns a future for its
result. The items queued while the event loop finishes its turn go to Redis as ONE
call of the script; while that call is in flight, new items queue up and become the
next call. So a busy gateway pays one round trip per batch instead of one per request,
and an idle one still sends at once (on the next loop turn). At most one call is in
flight per script and process, and a call carries at most `max_items` items.

The script sees ARGV = the `head` args (the same for the whole batch, e.g. the time),
the item count n, then each item's args; KEYS = each item's keys; it handles the items
in order, each as the one-item script would (a script runs atomically, so each item is
exactly as atomic as before, and later items see the effect of earlier ones), and
returns one result per item. Every item of a batch has the same number of keys and of
args.

Failures: a Redis error fails every future of that batch with it (the callers decide,
as they did per call); cancelling a caller's wait does not unsend its item.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable


class CoalescedScript:
    def __init__(self, script, *, head: Callable[[], list], max_items: int) -> None:
        self._script, self._head, self._max_items = script, head, max_items
        self._queue: list[tuple[list, list, asyncio.Future]] = []
        self._sender: asyncio.Task | None = None
        self.calls = 0  # script calls made (each one round trip), for tests and benchmarks

    def submit(self, keys: list, args: list) -> asyncio.Future:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._queue.append((keys, args, future))
        if self._sender is None:
            # Starts on the next loop turn: everything submitted in this turn is in its first call.
            self._sender = loop.create_task(self._send_queued())
        return future

    async def _send_queued(self) -> None:
        try:
            while self._queue:
                batch, self._queue = self._queue[:self._max_items], self._queue[self._max_items:]
                keys: list = []
                args: list = [*self._head(), len(batch)]
                for item_keys, item_args, _ in batch:
                    keys += item_keys
                    args += item_args
                self.calls += 1
                try:
                    results = await self._script(keys=keys, args=args)
                except Exception as exc:  # noqa: BLE001 - handed to each caller, who decides
                    for *_, future in batch:
                        if not future.done():
                            future.set_exception(exc)
                    continue
                for (*_, future), result in zip(batch, results):
                    if not future.done():
                        future.set_result(result)
        finally:
            self._sender = None

    async def drain(self) -> None:
        """Wait until everything submitted so far was sent (for a clean shutdown)."""
        while self._sender is not None:
            await asyncio.gather(self._sender, return_exceptions=True)
