"""The OpenAI-compatible family: OpenAI, Groq, DeepSeek, xAI, Mistral.

One adapter; per-provider differences are data (`Quirks`). The request body is
passed through untouched except for the upstream model name and the quirks, so
fields the gateway does not use (tools, response_format, seed, ...) reach the
provider as sent. Streams always ask the provider for usage (metering needs it)
and drop the usage chunk again when the client did not ask for it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import orjson

from .base import Completion, UpstreamCall, UpstreamError, Usage, classify_status
from . import http
from .sse import iter_sse_batches


@dataclass(frozen=True)
class Quirks:
    stream_options: bool = True            # accepts stream_options.include_usage
    max_tokens_field: str | None = None    # rename max_completion_tokens to this


QUIRKS = {
    "openai": Quirks(),
    "groq": Quirks(max_tokens_field="max_tokens"),
    "deepseek": Quirks(max_tokens_field="max_tokens"),
    "xai": Quirks(),
    # Mistral sends usage in its last chunk unasked and rejects unknown fields.
    "mistral": Quirks(stream_options=False, max_tokens_field="max_tokens"),
}


def usage_from(raw: dict[str, Any] | None) -> Usage | None:
    if not raw:
        return None
    details = raw.get("prompt_tokens_details") or {}
    return Usage(prompt_tokens=int(raw.get("prompt_tokens") or 0),
                 completion_tokens=int(raw.get("completion_tokens") or 0),
                 cache_read_tokens=int(details.get("cached_tokens") or 0))


class OpenAIStream:
    """Yields lists of OpenAI chunks, one list per upstream network read."""

    def __init__(self, response: http.Response, public_model: str, want_usage: bool) -> None:
        self._response = response
        self._model = public_model
        self._want_usage = want_usage
        self.usage: Usage | None = None

    def _translate(self, data: bytes) -> dict[str, Any] | None:
        chunk = orjson.loads(data)
        usage = usage_from(chunk.get("usage") or (chunk.get("x_groq") or {}).get("usage"))
        if usage is not None:
            self.usage = usage
        chunk["model"] = self._model
        if not chunk.get("choices") and usage is not None:
            return chunk if self._want_usage else None
        if not self._want_usage:
            chunk.pop("usage", None)
        return chunk

    async def __aiter__(self) -> AsyncIterator[list[dict[str, Any]]]:
        done = False
        try:
            async for frames in iter_sse_batches(self._response):
                batch = []
                for _event, data in frames:
                    if data == b"[DONE]":
                        done = True
                        break
                    chunk = self._translate(data)
                    if chunk is not None:
                        batch.append(chunk)
                if batch:
                    yield batch
                if done:
                    break
        except (aiohttp.ClientPayloadError, aiohttp.ClientConnectionError, asyncio.TimeoutError) as exc:
            raise UpstreamError("stream_interrupted", retriable=False, message=type(exc).__name__) from exc
        except orjson.JSONDecodeError as exc:
            raise UpstreamError("stream_interrupted", retriable=False, message="malformed chunk") from exc
        if not done:
            raise UpstreamError("stream_interrupted", retriable=False, message="stream ended without [DONE]")

    async def close(self) -> None:
        self._response.release()


class OpenAICompatibleAdapter:
    api_style = "openai_compatible"

    def __init__(self, session: http.Session) -> None:
        self._session = session

    def _prepare(self, call: UpstreamCall, *, stream: bool) -> tuple[str, dict[str, Any], Quirks]:
        cand = call.candidate
        quirks = QUIRKS.get(cand.offering.provider, Quirks())
        body = dict(call.body)
        body["model"] = cand.offering.upstream_model
        if quirks.max_tokens_field and "max_completion_tokens" in body:
            body.setdefault(quirks.max_tokens_field, body.pop("max_completion_tokens"))
        if stream:
            body["stream"] = True
            if quirks.stream_options:
                options = dict(body.get("stream_options") or {})
                options["include_usage"] = True
                body["stream_options"] = options
            else:
                body.pop("stream_options", None)
        return cand.base_url.rstrip("/"), body, quirks

    async def _post(self, url: str, body: dict[str, Any], call: UpstreamCall) -> http.Response:
        headers = {"Authorization": f"Bearer {call.candidate.api_key.reveal()}",
                   "Content-Type": "application/json", **call.extra_headers}
        return await http.post(self._session, url, orjson.dumps(body), headers, call.timeout,
                               lambda status, error, hdrs: classify_status(status, hdrs.get("Retry-After"), error))

    async def complete(self, call: UpstreamCall) -> Completion:
        base, body, _ = self._prepare(call, stream=False)
        payload = await http.read_json(await self._post(f"{base}/chat/completions", body, call))
        payload["model"] = call.candidate.model.id
        return Completion(payload, usage_from(payload.get("usage")) or Usage())

    async def open_stream(self, call: UpstreamCall) -> OpenAIStream:
        base, body, _ = self._prepare(call, stream=True)
        response = await self._post(f"{base}/chat/completions", body, call)
        want_usage = bool((call.body.get("stream_options") or {}).get("include_usage"))
        return OpenAIStream(response, call.candidate.model.id, want_usage)

    async def embed(self, call: UpstreamCall) -> Completion:
        base, body, _ = self._prepare(call, stream=False)
        payload = await http.read_json(await self._post(f"{base}/embeddings", body, call))
        payload["model"] = call.candidate.model.id
        return Completion(payload, usage_from(payload.get("usage")) or Usage())
