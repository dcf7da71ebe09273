"""The Google Gemini adapter: generateContent and streamGenerateContent over HTTP.

Owns the I/O half: `POST {base}/v1beta/models/{upstream_model}:generateContent`
(and `:streamGenerateContent?alt=sse`) with the key in `x-goog-api-key`, timeouts
and connection failures, reading SSE. The translation itself is pure and lives in
`request`, `response`, `stream` and `errors`. Guarantees, as every adapter: never
logs request or response content; a retriable `UpstreamError` only for failures
that are the endpoint's (timeout, connect error, 429, 5xx, refused key); a stream
that ends before its finish reason raises `UpstreamError("stream_interrupted")`,
with `usage` then covering what was delivered. Embeddings are not served here (the
catalog has no Gemini embedding model): `embed` refuses without a network call.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import orjson

from ...requests import estimate_tokens
from .. import http
from ..base import Completion, UpstreamCall, UpstreamError, Usage
from ..sse import iter_sse_batches
from .errors import classify_error
from .request import TranslationError, to_gemini_request
from .response import MalformedResponse, to_openai_completion
from .stream import StreamErrorEvent, StreamTranslator


def _fallback_id() -> str:
    return os.urandom(12).hex()


class GeminiStream:
    """Yields lists of OpenAI chunks, one list per upstream network read."""

    def __init__(self, response: http.Response, translator: StreamTranslator) -> None:
        self._response = response
        self._translator = translator

    @property
    def usage(self) -> Usage | None:
        t = self._translator
        return t.usage if t.complete else t.interrupted_usage(estimate_tokens(t.delivered_chars))

    async def __aiter__(self) -> AsyncIterator[list[dict[str, Any]]]:
        translator = self._translator
        try:
            async for frames in iter_sse_batches(self._response):
                batch = []
                for _event, data in frames:
                    batch += translator.feed(orjson.loads(data))
                if batch:
                    yield batch
        except (aiohttp.ClientPayloadError, aiohttp.ClientConnectionError, asyncio.TimeoutError) as exc:
            raise UpstreamError("stream_interrupted", retriable=False, message=type(exc).__name__) from exc
        except orjson.JSONDecodeError as exc:
            raise UpstreamError("stream_interrupted", retriable=False, message="malformed chunk") from exc
        except StreamErrorEvent as exc:
            raise UpstreamError("stream_interrupted", retriable=False, message=str(exc)) from exc
        if not translator.complete:
            raise UpstreamError("stream_interrupted", retriable=False, message="stream ended without finishReason")
        if (usage_chunk := translator.usage_chunk()) is not None:
            yield [usage_chunk]

    async def close(self) -> None:
        self._response.release()


class GeminiAdapter:
    api_style = "gemini"

    def __init__(self, session: http.Session) -> None:
        self._session = session

    @staticmethod
    def _url(call: UpstreamCall, action: str) -> str:
        base = call.candidate.base_url.rstrip("/")
        return f"{base}/v1beta/models/{call.candidate.offering.upstream_model}:{action}"

    @staticmethod
    def _body(call: UpstreamCall) -> dict[str, Any]:
        try:
            return to_gemini_request(call.body)
        except TranslationError as exc:
            raise UpstreamError("upstream_client_error", retriable=False, status=400,
                                message="untranslatable request", client_body=exc.client_body()) from exc

    async def _post(self, url: str, body: dict[str, Any], call: UpstreamCall) -> http.Response:
        headers = {"x-goog-api-key": call.candidate.api_key.reveal(), "Content-Type": "application/json",
                   **call.extra_headers}
        return await http.post(self._session, url, orjson.dumps(body), headers, call.timeout,
                               lambda status, error, hdrs: classify_error(status, error, hdrs.get("Retry-After")))

    async def complete(self, call: UpstreamCall) -> Completion:
        response = await self._post(self._url(call, "generateContent"), self._body(call), call)
        payload = await http.read_json(response)
        try:
            body, usage = to_openai_completion(payload, model=call.candidate.model.id, created=int(time.time()),
                                               fallback_id=_fallback_id())
        except MalformedResponse as exc:
            raise UpstreamError("upstream_server_error", retriable=True, message=type(exc).__name__) from exc
        return Completion(body, usage)

    async def open_stream(self, call: UpstreamCall) -> GeminiStream:
        response = await self._post(self._url(call, "streamGenerateContent") + "?alt=sse", self._body(call), call)
        include_usage = bool((call.body.get("stream_options") or {}).get("include_usage"))
        return GeminiStream(response, StreamTranslator(model=call.candidate.model.id, created=int(time.time()),
                                                       fallback_id=_fallback_id(), include_usage=include_usage))

    async def embed(self, call: UpstreamCall) -> Completion:
        raise UpstreamError("upstream_client_error", retriable=False, status=400, message="embeddings unsupported",
                            client_body={"error": {"message": "This model does not serve embeddings.",
                                                   "type": "invalid_request_error", "param": "model",
                                                   "code": "model_not_supported"}})
