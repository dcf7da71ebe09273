"""The Amazon Bedrock Converse adapter: `POST {base}/model/{modelId}/converse` and
`/converse-stream`, SigV4-signed, sent with the gateway's one aiohttp session.

Owns the I/O around the pure translations (`request`, `response`, `stream`,
`errors`, `signing`, `eventstream`): building the URL (the model id percent-encoded
as botocore does, and sent exactly as signed), reading JSON or the binary event
stream, and mapping transport failures. Same timeouts and failure classes as the
OpenAI-compatible adapter. Never logs request or response content. `clock` (epoch
seconds) dates the signature. Raises `UpstreamError` only.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any
from urllib.parse import quote

import aiohttp
import orjson
from yarl import URL

from .. import http
from ..base import Completion, UpstreamCall, UpstreamError, Usage
from . import errors
from .eventstream import EventMessage, EventStreamDecoder, MalformedFrame
from .request import Untranslatable, to_converse
from .response import from_converse
from .signing import credentials_from, signed_headers
from .stream import StreamTranslator


def converse_url(base_url: str, model_id: str, operation: str) -> str:
    # botocore percent-encodes a URI label with only "-._~" left as they are
    # (`us.anthropic...-v1:0` -> `...-v1%3A0`, an ARN's "/" -> %2F).
    return f"{base_url.rstrip('/')}/model/{quote(model_id, safe='')}/{operation}"


def _completion_id(response: http.Response) -> str:
    return "chatcmpl-" + (response.headers.get("x-amzn-requestid") or os.urandom(12).hex())


class BedrockStream:
    """Yields lists of OpenAI chunks, one list per upstream network read."""

    def __init__(self, response: http.Response, translator: StreamTranslator) -> None:
        self._response = response
        self._translator = translator
        self.usage: Usage | None = None

    def _drain(self, messages: Iterator[EventMessage]) -> tuple[list[dict[str, Any]], UpstreamError | None]:
        """The chunks of every complete frame, and the failure that stopped them, if any
        (so chunks read before an exception frame still reach the client)."""
        batch: list[dict[str, Any]] = []
        try:
            for message in messages:
                batch += self._translator.feed(message.headers, message.payload)
        except UpstreamError as exc:
            return batch, exc
        except MalformedFrame:
            return batch, UpstreamError("stream_interrupted", retriable=False, message="malformed event frame")
        finally:
            self.usage = self._translator.usage
        return batch, None

    async def __aiter__(self) -> AsyncIterator[list[dict[str, Any]]]:
        decoder = EventStreamDecoder()
        try:
            async for data in self._response.content.iter_any():
                batch, failure = self._drain(decoder.feed(data))
                if batch:
                    yield batch
                if failure is not None:
                    raise failure
                if self._translator.finished:
                    return
        except (aiohttp.ClientPayloadError, aiohttp.ClientConnectionError, asyncio.TimeoutError) as exc:
            raise UpstreamError("stream_interrupted", retriable=False, message=type(exc).__name__) from exc
        raise UpstreamError("stream_interrupted", retriable=False,
                            message="stream ended before messageStop and metadata")

    async def close(self) -> None:
        self._response.release()


class BedrockConverseAdapter:
    api_style = "bedrock_converse"

    def __init__(self, session: http.Session, *, clock: Callable[[], float] = time.time) -> None:
        self._session = session
        self._clock = clock

    def _prepare(self, call: UpstreamCall, operation: str) -> tuple[str, bytes, dict[str, str]]:
        cand = call.candidate
        try:
            body = to_converse(call.body, cand.model.default_max_tokens)
        except Untranslatable as exc:
            raise UpstreamError("upstream_client_error", retriable=False, status=400, message="untranslatable",
                                client_body={"error": {"message": exc.message, "type": "invalid_request_error",
                                                       "param": exc.param, "code": None}}) from None
        url = converse_url(cand.base_url, cand.offering.upstream_model, operation)
        data = orjson.dumps(body)
        headers = signed_headers(url=url, body=data, region=cand.endpoint.region,
                                 credentials=credentials_from(cand.api_key),
                                 headers={"Content-Type": "application/json", **call.extra_headers},
                                 now=self._clock())
        return url, data, headers

    async def _post(self, call: UpstreamCall, operation: str) -> http.Response:
        url, data, headers = self._prepare(call, operation)
        # encoded=True: send the path byte for byte as signed (yarl would turn %3A into ":").
        return await http.post(
            self._session, URL(url, encoded=True), data, headers, call.timeout,
            lambda status, error, hdrs: errors.from_http(status, hdrs.get("x-amzn-errortype"), error,
                                                         hdrs.get("Retry-After")))

    async def _json(self, response: http.Response) -> dict[str, Any]:
        payload = await http.read_json(response)
        if not isinstance(payload, dict):
            raise UpstreamError("upstream_server_error", retriable=True, message="response is not an object")
        return payload

    async def complete(self, call: UpstreamCall) -> Completion:
        response = await self._post(call, "converse")
        completion_id = _completion_id(response)
        body, usage = from_converse(await self._json(response), model=call.candidate.model.id,
                                    completion_id=completion_id, created=int(time.time()))
        return Completion(body, usage)

    async def open_stream(self, call: UpstreamCall) -> BedrockStream:
        response = await self._post(call, "converse-stream")
        want_usage = bool((call.body.get("stream_options") or {}).get("include_usage"))
        translator = StreamTranslator(model=call.candidate.model.id, completion_id=_completion_id(response),
                                      created=int(time.time()), want_usage=want_usage)
        return BedrockStream(response, translator)

    async def embed(self, call: UpstreamCall) -> Completion:
        # The catalog lists no Bedrock embedding model; Converse is chat only.
        raise UpstreamError("upstream_client_error", retriable=False, status=400, message="no embeddings",
                            client_body={"error": {"message": "Embeddings are not served through Amazon Bedrock.",
                                                   "type": "invalid_request_error", "param": "model",
                                                   "code": None}})
