"""Server-sent events from an upstream response body (either client of providers/http.py).

`iter_sse_batches` yields, per network read, the list of complete (event, data)
frames it delivered — so a consumer can answer a burst of upstream frames with
one write instead of one per frame. `event:` and multi-line `data:` fields and
blank-line frame ends per the SSE specification; comments (`:`) are skipped;
CRLF line ends are accepted. A body that ends mid-frame yields that last frame.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .http import Response

Frame = tuple[str | None, bytes]


def _parse(block: bytes) -> Frame | None:
    event: str | None = None
    data: list[bytes] = []
    for line in block.split(b"\n"):
        if not line or line.startswith(b":"):
            continue
        name, _, value = line.partition(b":")
        if value.startswith(b" "):
            value = value[1:]
        if name == b"data":
            data.append(value)
        elif name == b"event":
            event = value.decode()
    return (event, b"\n".join(data)) if data else None


async def iter_sse_batches(response: "Response") -> AsyncIterator[list[Frame]]:
    buffer = b""
    async for received in response.content.iter_any():
        buffer = (buffer + received).replace(b"\r\n", b"\n")
        blocks = buffer.split(b"\n\n")
        buffer = blocks.pop()  # the unfinished frame, if any
        frames = [frame for block in blocks if (frame := _parse(block)) is not None]
        if frames:
            yield frames
    if buffer.strip() and (frame := _parse(buffer)) is not None:
        yield [frame]
