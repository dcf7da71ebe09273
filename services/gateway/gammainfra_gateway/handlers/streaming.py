"""Streaming answers back to the client, in the client's API's framing.

Chunks are pulled from the provider until the first one that carries something
(content, a tool call, a finish reason) before anything is sent, so a stream that
fails before that — even after the role-only preamble — can still fall back to
the next endpoint. After that the status line is out: a provider failure becomes
an error frame and the stream ends without its normal end (OpenAI's `[DONE]`,
Anthropic's `message_stop`), which SDKs raise on; a client that goes away closes
the upstream at once. Either way the event records what was delivered.

A client that stays connected but stops reading (half-open, or just stuck) makes
writes wait for socket buffer space forever; each write has a deadline
(`GI_GATEWAY_STREAM_WRITE_TIMEOUT_S`, one timer per stream: write_deadline.py),
past which the connection is aborted and handled exactly like a client that
left: the provider stream is closed.

Framing is pluggable (`OpenAIFramer` here, `inbound.anthropic_response.
AnthropicStreamFramer` for /v1/messages); the framer turns internal OpenAI chunks
into bytes, one write per upstream burst.
"""

from __future__ import annotations

import asyncio
from typing import Protocol

import orjson
from aiohttp import web

from ..appkeys import ADAPTERS, DISPATCHER, SETTINGS
from ..providers.base import UpstreamError, Usage
from ..record import RequestRecord
from ..requests import estimate_tokens
from .write_deadline import WriteDeadline

SSE_HEADERS = {"Content-Type": "text/event-stream", "Cache-Control": "no-cache", "Connection": "keep-alive"}


class Framer(Protocol):
    def start(self, model: str) -> bytes: ...
    def chunks(self, chunks: list[dict]) -> bytes: ...
    def done(self, usage: Usage) -> bytes: ...
    def error(self, code: str) -> bytes: ...


class SseResponse(web.StreamResponse):
    # aiohttp sends a StreamResponse's headers in a send of their own at prepare(). Ours always
    # write the first answer right after prepare(), so the headers go out with it: one send
    # (a syscall) fewer per stream. web.Response does the same for whole bodies.
    _send_headers_immediately = False


def frame(chunk: dict) -> bytes:
    return b"data: " + orjson.dumps(chunk) + b"\n\n"


class OpenAIFramer:
    def start(self, model: str) -> bytes:
        return b""

    def chunks(self, chunks: list[dict]) -> bytes:
        return b"".join(frame(chunk) for chunk in chunks)

    def done(self, usage: Usage) -> bytes:
        return b"data: [DONE]\n\n"

    def error(self, code: str) -> bytes:
        return frame({"error": {"message": "The provider stream was interrupted.", "type": "upstream_error",
                                "param": None, "code": code}})


def _carries_answer(chunk: dict) -> bool:
    for choice in chunk.get("choices") or ():
        delta = choice.get("delta") or {}
        if delta.get("content") or delta.get("tool_calls") or delta.get("function_call") \
                or choice.get("finish_reason"):
            return True
    return not chunk.get("choices")  # a usage-only chunk


def _content_chars(chunk: dict) -> int:
    total = 0
    for choice in chunk.get("choices") or ():
        content = (choice.get("delta") or {}).get("content")
        if isinstance(content, str):
            total += len(content)
    return total


async def stream_chat(request: web.Request, parsed, chain, record: RequestRecord,
                      framer: Framer | None = None) -> web.StreamResponse:
    framer = framer or OpenAIFramer()
    adapters = request.app[ADAPTERS]

    async def open_until_first_answer(call):
        stream = await adapters.for_style(call.candidate.api_style).open_stream(call)
        batches = stream.__aiter__()
        held: list[dict] = []
        try:
            while not any(_carries_answer(chunk) for chunk in held):
                held += await batches.__anext__()
        except StopAsyncIteration:
            await stream.close()
            raise UpstreamError("stream_interrupted", retriable=True, message="empty stream") from None
        except UpstreamError as exc:
            await stream.close()
            exc.retriable = True  # nothing reached the client yet
            raise
        except BaseException:
            await stream.close()
            raise
        return stream, batches, held

    _, (stream, batches, held) = await request.app[DISPATCHER].run(
        chain, parsed.upstream_body, record, open_until_first_answer)
    response = SseResponse(status=200, headers={**SSE_HEADERS, "x-request-id": record.request_id})
    delivered = 0
    write_timeout_s = request.app[SETTINGS].stream_write_timeout_s

    def abort() -> None:
        # Abort, not close: close would wait to flush what the client is not reading.
        if request.transport is not None:
            request.transport.abort()

    deadline = WriteDeadline(asyncio.get_running_loop(), write_timeout_s, abort)

    async def write(data: bytes, *, last: bool = False) -> None:
        deadline.write_started()
        try:
            # The last frame and the chunked terminator go out as one write (aiohttp would
            # otherwise send the terminator on its own after the handler returns).
            await (response.write_eof(data) if last else response.write(data))
        finally:
            deadline.write_finished()
        if deadline.expired:  # the abort ended the wait; what was "written" never reached the client
            raise ConnectionResetError("the client stopped reading the stream")

    try:
        await response.prepare(request)
        await write(framer.start(record.served_by.model.id) + framer.chunks(held))
        record.mark_first_byte()
        delivered += sum(_content_chars(chunk) for chunk in held)
        async for batch in batches:
            await write(framer.chunks(batch))
            delivered += sum(_content_chars(chunk) for chunk in batch)
        await write(framer.done(stream.usage or _estimated(delivered)), last=True)
    except UpstreamError as exc:
        record.attempts[-1].outcome, record.attempts[-1].error_type = "error", exc.error_type
        record.fail("error", 200, exc.error_type, record.attempts[-1].candidate.offering.provider)
        await _try_write(write, framer.error(exc.error_type))
    except ConnectionResetError:
        record.attempts[-1].outcome = "client_disconnected"
        record.fail("client_disconnected", 200, "client_disconnected")
    finally:
        deadline.close()
        await stream.close()
        record.usage = stream.usage or _estimated(delivered)
    return response


def _estimated(delivered_chars: int) -> Usage:
    # No usage arrived (the stream was cut or abandoned): bill what was delivered.
    return Usage(completion_tokens=estimate_tokens(delivered_chars))


async def _try_write(write, data: bytes) -> None:
    try:
        await write(data)
    except ConnectionResetError:
        pass
