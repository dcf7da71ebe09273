"""What every provider adapter speaks to the rest of the gateway.

Adapters translate an OpenAI-shaped chat/embeddings request into the provider's
wire format and the answer back into OpenAI's shape, and classify failures into
`UpstreamError` with the llm.requests.v1 error type and whether the next endpoint
may be tried. They never log request or response content.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import aiohttp

from ..routing.candidates import Candidate


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0


@dataclass(frozen=True)
class UpstreamCall:
    candidate: Candidate
    body: dict[str, Any]          # the client's request, gateway-only fields removed
    timeout: aiohttp.ClientTimeout
    extra_headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Completion:
    body: dict[str, Any]          # OpenAI-shaped response for the client
    usage: Usage


class UpstreamError(Exception):
    """One attempt failed. `retriable` means another endpoint may be tried (only
    while nothing has reached the client yet)."""

    def __init__(self, error_type: str, *, retriable: bool, status: int | None = None,
                 message: str = "", retry_after: str | None = None,
                 client_body: dict | None = None) -> None:
        super().__init__(error_type)
        self.error_type = error_type
        self.retriable = retriable
        self.status = status
        self.message = message
        self.retry_after = retry_after
        self.client_body = client_body  # the provider's error, for the client only (never logged)


class ChatStream(Protocol):
    """An open upstream stream: lists of OpenAI `chat.completion.chunk` dicts, in
    order, one list per upstream read (so the client gets one write per burst)."""

    usage: Usage | None

    def __aiter__(self) -> AsyncIterator[list[dict[str, Any]]]: ...
    async def close(self) -> None: ...


class Adapter(Protocol):
    api_style: str

    async def complete(self, call: UpstreamCall) -> Completion: ...
    async def open_stream(self, call: UpstreamCall) -> ChatStream: ...
    async def embed(self, call: UpstreamCall) -> Completion: ...


def classify_status(status: int, retry_after: str | None, client_body: dict | None) -> UpstreamError:
    if status == 429:
        return UpstreamError("rate_limited", retriable=True, status=status, retry_after=retry_after)
    if status >= 500:
        # A 503 may say when to come back; pass it on if the whole chain ends there.
        return UpstreamError("upstream_server_error", retriable=True, status=status, retry_after=retry_after)
    if status in (401, 403):
        # A managed key the provider refuses is this endpoint's problem, not the request's.
        return UpstreamError("upstream_auth_error", retriable=True, status=status)
    if status == 408:
        return UpstreamError("timeout", retriable=True, status=status)
    return UpstreamError("upstream_client_error", retriable=False, status=status, client_body=client_body)
