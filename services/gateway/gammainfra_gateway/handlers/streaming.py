"""Server-sent events back to the client, framed exactly as OpenAI's.

Chunks are pulled from the provider until the first one that carries something
(content, a tool call, a finish reason) before anything is sent, so a stream that
fails before that — even after the role-only preamble — can still fall back to
the next endpoint. After
that the status line is out: a provider failure becomes an `error` frame and the
stream ends without `[DONE]` (the OpenAI SDK raises on it); a client that goes
away closes the upstream at once. Either way the event records what was
delivered.
"""

from __future__ import annotations

import orjson
from aiohttp import web

from ..appkeys import ADAPTERS, DISPATCHER
from ..providers.base import UpstreamError, Usage
from ..record import RequestRecord
from ..requests import estimate_tokens

SSE_HEADERS = {"Content-Type": "text/event-stream", "Cache-Control": "no-cache", "Connection": "keep-alive"}
DONE = b"data: [DONE]\n\n"


def frame(chunk: dict) -> bytes:
    return b"data: " + orjson.dumps(chunk) + b"\n\n"


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


async def stream_chat(request: web.Request, parsed, chain, record: RequestRecord) -> web.StreamResponse:
    adapters = request.app[ADAPTERS]

    async def open_until_first_chunk(call):
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
        chain, parsed.upstream_body, record, open_until_first_chunk)
    response = web.StreamResponse(status=200, headers={**SSE_HEADERS, "x-request-id": record.request_id})
    delivered = 0
    try:
        await response.prepare(request)
        await response.write(b"".join(frame(chunk) for chunk in held))
        record.mark_first_byte()
        delivered += sum(_content_chars(chunk) for chunk in held)
        async for batch in batches:
            await response.write(b"".join(frame(chunk) for chunk in batch))
            delivered += sum(_content_chars(chunk) for chunk in batch)
        await response.write(DONE)
    except UpstreamError as exc:
        record.attempts[-1].outcome, record.attempts[-1].error_type = "error", exc.error_type
        record.fail("error", 200, exc.error_type, record.attempts[-1].candidate.offering.provider)
        await _try_write(response, frame({"error": {"message": "The provider stream was interrupted.",
                                                    "type": "upstream_error", "param": None,
                                                    "code": exc.error_type}}))
    except ConnectionResetError:
        record.attempts[-1].outcome = "client_disconnected"
        record.fail("client_disconnected", 200, "client_disconnected")
    finally:
        await stream.close()
        record.usage = stream.usage or _estimated(record, delivered)
    return response


def _estimated(record: RequestRecord, delivered_chars: int) -> Usage:
    # No usage arrived (the stream was cut or abandoned): bill what was delivered.
    return Usage(completion_tokens=estimate_tokens(delivered_chars))


async def _try_write(response: web.StreamResponse, data: bytes) -> None:
    try:
        await response.write(data)
    except ConnectionResetError:
        pass
