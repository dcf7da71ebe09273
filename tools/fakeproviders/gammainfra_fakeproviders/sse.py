"""Sending a server-sent-event stream under the stream knobs (chunk delay, cut).

Owns: the wire-level writing of an `EventStream` that a format module built. A stream
is head frames (e.g. the role chunk), body frames (the content deltas; `cut_after`
counts these) and tail frames (finish, usage, `[DONE]`). Guarantees: with `cut_after`
N the client receives head + N body frames and then the TCP connection ends without
the chunked-encoding terminator, so it sees a truncated body, never a clean end; a
client that disconnects mid-stream ends the send quietly. Without a chunk delay the
frames go out in one write; with one, each frame is its own write.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field

from aiohttp import web

from gammainfra_fakeproviders.faults import FaultPlan

__all__ = ["EventStream", "send_stream"]


@dataclass(slots=True)
class EventStream:
    head: list[bytes]
    body: list[bytes]
    tail: list[bytes]
    headers: Mapping[str, str] = field(default_factory=dict)


async def send_stream(request: web.Request, stream: EventStream, plan: FaultPlan) -> web.StreamResponse:
    response = web.StreamResponse(status=200, headers=stream.headers)
    response.content_type = "text/event-stream"
    response.charset = "utf-8"
    cut = plan.cut_after
    if cut is None:
        frames = stream.head + stream.body + stream.tail
    else:
        frames = stream.head + stream.body[:cut]
        response.force_close()
    delay = plan.chunk_delay_ms / 1000
    try:
        await response.prepare(request)
        if delay:
            for index, frame in enumerate(frames):
                if index:
                    await asyncio.sleep(delay)
                await response.write(frame)
        else:
            # One write (one syscall, one HTTP chunk) instead of one per frame: twice
            # the stream throughput in benchmarks, same bytes, and no client may rely
            # on chunk boundaries anyway.
            await response.write(b"".join(frames))
        if cut is None:
            await response.write_eof()
        elif request.transport is not None:
            # close(), not abort(): frames still buffered must reach the client first.
            # aiohttp's own write_eof afterwards fails on the closing transport (and is
            # swallowed), so the terminating zero-length chunk is never sent.
            request.transport.close()
    except ConnectionError:
        pass  # the client went away mid-stream; nobody is left to tell
    return response
