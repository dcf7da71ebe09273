"""Server-sent events from an aiohttp response body, as (event, data) pairs.

Handles `event:` and multi-line `data:` fields and blank-line frame ends, per the
SSE specification; comments (`:`) are skipped. Raises nothing itself: a body that
ends mid-frame simply ends the iteration (the caller notices no terminator).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp


async def iter_sse(response: aiohttp.ClientResponse) -> AsyncIterator[tuple[str | None, bytes]]:
    event: str | None = None
    data: list[bytes] = []
    async for raw in response.content:
        line = raw.rstrip(b"\r\n")
        if not line:
            if data:
                yield event, b"\n".join(data)
            event, data = None, []
            continue
        if line.startswith(b":"):
            continue
        name, _, value = line.partition(b":")
        if value.startswith(b" "):
            value = value[1:]
        if name == b"data":
            data.append(value)
        elif name == b"event":
            event = value.decode()
    if data:
        yield event, b"\n".join(data)
