"""The Anthropic Messages adapter: `POST {base}/v1/messages` with `x-api-key` and
`anthropic-version`, OpenAI shapes in and out (translations in this package).

Guarantees: never logs; provider error text reaches only `UpstreamError.client_body`.
HTTP errors are classified by status (429, 5xx and 529 overloaded are retriable); a
request Anthropic cannot express is a non-retriable 400 naming the parameter. A
stream that ends without `message_stop` raises `stream_interrupted`, an `error`
event the error it names; either way (and when the client leaves early) `usage`
then bills the prompt the provider reported plus what was handed out.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import aiohttp
import orjson

from ...requests import estimate_tokens
from .. import http
from ..base import Completion, UpstreamCall, UpstreamError, Usage
from ..sse import iter_sse_batches
from .maps import upstream_error_for
from .translate_request import TranslationError, openai_to_anthropic_request
from .translate_response import anthropic_to_openai_response
from .translate_stream import StreamTranslator

ANTHROPIC_VERSION = "2023-06-01"
MESSAGES_PATH = "/v1/messages"


class AnthropicStream:
    """Lists of OpenAI chunks, one list per upstream network read."""

    def __init__(self, response: http.Response, translator: StreamTranslator) -> None:
        self._response = response
        self._translator = translator
        self._partial: Usage | None = None

    @property
    def usage(self) -> Usage | None:
        return self._partial or self._translator.usage

    def _settle_partial_usage(self) -> None:
        # No final usage will come: bill the reported prompt and at least what was sent on.
        translator = self._translator
        if translator.finished or (translator.usage is None and not translator.emitted_chars):
            return
        reported = translator.usage or Usage()
        self._partial = replace(reported, completion_tokens=max(reported.completion_tokens,
                                                                estimate_tokens(translator.emitted_chars)))

    def _translate(self, frames: list[tuple[str | None, bytes]]) -> tuple[list[dict[str, Any]], UpstreamError | None]:
        batch: list[dict[str, Any]] = []
        for _event, data in frames:
            event = orjson.loads(data)
            if not isinstance(event, dict):
                raise orjson.JSONDecodeError("not an object", "", 0)
            try:
                batch += self._translator.feed(event)
            except UpstreamError as exc:  # an `error` event: hand out what came before it first
                return batch, exc
            if self._translator.finished:
                break
        return batch, None

    async def __aiter__(self) -> AsyncIterator[list[dict[str, Any]]]:
        try:
            async for frames in iter_sse_batches(self._response):
                batch, error = self._translate(frames)
                if batch:
                    yield batch
                if error is not None:
                    self._settle_partial_usage()
                    raise error
                if self._translator.finished:
                    return
        except (aiohttp.ClientPayloadError, aiohttp.ClientConnectionError, asyncio.TimeoutError) as exc:
            self._settle_partial_usage()
            raise UpstreamError("stream_interrupted", retriable=False, message=type(exc).__name__) from exc
        except orjson.JSONDecodeError as exc:
            self._settle_partial_usage()
            raise UpstreamError("stream_interrupted", retriable=False, message="malformed event") from exc
        self._settle_partial_usage()
        raise UpstreamError("stream_interrupted", retriable=False, message="stream ended without message_stop")

    async def close(self) -> None:
        self._settle_partial_usage()
        self._response.release()


class AnthropicAdapter:
    api_style = "anthropic_messages"

    def __init__(self, session: http.Session) -> None:
        self._session = session

    @staticmethod
    def _body(call: UpstreamCall, *, stream: bool) -> dict[str, Any]:
        candidate = call.candidate
        try:
            body = openai_to_anthropic_request(call.body, upstream_model=candidate.offering.upstream_model,
                                               default_max_tokens=candidate.model.default_max_tokens)
        except TranslationError as exc:
            raise UpstreamError("upstream_client_error", retriable=False, status=400, message="untranslatable request",
                                client_body={"error": {"message": str(exc), "type": "invalid_request_error",
                                                       "param": exc.param, "code": "unsupported_by_provider"}}) from exc
        if stream:
            body["stream"] = True
        else:
            body.pop("stream", None)
        return body

    @staticmethod
    def _url_and_headers(call: UpstreamCall) -> tuple[str, dict[str, str]]:
        # The catalog's base URL has no path (https://api.anthropic.com): the API's own
        # paths start with /v1.
        headers = {"x-api-key": call.candidate.api_key.reveal(), "anthropic-version": ANTHROPIC_VERSION,
                   "Content-Type": "application/json", **call.extra_headers}
        return call.candidate.base_url.rstrip("/") + MESSAGES_PATH, headers

    async def _post(self, call: UpstreamCall, body: dict[str, Any]) -> http.Response:
        url, headers = self._url_and_headers(call)
        return await http.post(self._session, url, orjson.dumps(body), headers, call.timeout,
                               lambda status, error, hdrs: upstream_error_for(status, error, hdrs.get("retry-after")))

    @staticmethod
    async def _message(response: http.Response) -> dict[str, Any]:
        payload = await http.read_json(response)
        if not isinstance(payload, dict) or payload.get("type") != "message":
            raise UpstreamError("upstream_server_error", retriable=True, message="not a message object")
        return payload

    async def complete(self, call: UpstreamCall) -> Completion:
        message = await self._message(await self._post(call, self._body(call, stream=False)))
        body, usage = anthropic_to_openai_response(message, public_model=call.candidate.model.id)
        return Completion(body, usage)

    async def open_stream(self, call: UpstreamCall) -> AnthropicStream:
        response = await self._post(call, self._body(call, stream=True))
        include_usage = bool((call.body.get("stream_options") or {}).get("include_usage"))
        return AnthropicStream(response, StreamTranslator(call.candidate.model.id, include_usage=include_usage))

    async def embed(self, call: UpstreamCall) -> Completion:
        # Anthropic has no embeddings API and the catalog offers no embedding model there.
        raise UpstreamError("internal_error", retriable=True, message="anthropic has no embeddings API")
