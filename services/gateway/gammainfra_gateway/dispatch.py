"""Walks the fallback chain until an endpoint answers.

On a retriable failure (timeout, connect error, 429, 5xx, a refused managed key)
before anything reached the client, the next endpoint is tried; a failure caused
by the request itself (other 4xx) is returned at once. Every attempt is recorded
for the event. Per-attempt timeouts; one deadline for the whole chain.
Raises `UpstreamFailed` (502/503/504) when the chain is exhausted and
`UpstreamRejected` for a non-retriable provider answer.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import aiohttp

from .errors import ApiError, UpstreamFailed
from .metrics import GatewayMetrics
from .providers.base import UpstreamCall, UpstreamError
from .record import Attempt, RequestRecord
from .routing.candidates import Candidate

T = TypeVar("T")

FINAL_STATUS = {"timeout": (504, "upstream_timeout"), "rate_limited": (503, "upstream_rate_limited")}


class UpstreamRejected(ApiError):
    """The provider refused the request itself (a 4xx that is not about the endpoint)."""

    type = "invalid_request_error"

    def __init__(self, error: UpstreamError) -> None:
        body = error.client_body if isinstance(error.client_body, dict) else None
        inner = (body or {}).get("error") if isinstance((body or {}).get("error"), dict) else {}
        super().__init__(str(inner.get("message") or "The provider rejected the request."),
                         param=inner.get("param"), code=inner.get("code") or "upstream_rejected",
                         error_type="upstream_client_error")
        self.status = error.status or 400


class ByokKeyRejected(ApiError):
    """The customer's own provider key was refused (401/403): theirs to fix, never
    retried with a managed key unless the account allows it. 400, not 401: the
    GammaInfra key was fine, and SDKs treat 401 as "your API key is wrong"."""

    status = 400
    type = "invalid_request_error"
    code = "byok_key_rejected"

    def __init__(self, provider: str, record: RequestRecord) -> None:
        super().__init__(f"Your own {provider} API key (BYOK) was rejected by {provider}. Replace it with "
                         f"PUT /v1/account/byok/{provider}, delete it to use managed access, or allow "
                         f"byok_fallback_to_managed on the account.", code=self.code,
                         error_type="upstream_auth_error")
        record.fail("error", self.status, "upstream_auth_error", provider)


class Dispatcher:
    def __init__(self, *, connect_timeout_s: float, attempt_timeout_s: float, total_deadline_s: float,
                 metrics: GatewayMetrics) -> None:
        self._connect_timeout_s = connect_timeout_s
        self._attempt_timeout_s = attempt_timeout_s
        self._total_deadline_s = total_deadline_s
        self._metrics = metrics
        # Hook: swaps in the customer's own provider keys (byok/credentials.py).
        self.credentials: Callable[[list[Candidate], RequestRecord], Awaitable[list[Candidate]]] | None = None
        # Hook: admits the request before any provider is called, on the chain it will
        # really try (budget reservation, budget/guard.py); raises to refuse.
        self.admit: Callable[[list[Candidate], dict, RequestRecord], Awaitable[None]] | None = None

    def _call(self, candidate: Candidate, body: dict, remaining: float) -> UpstreamCall:
        # sock_read bounds each wait for bytes (headers, or the gap between stream chunks).
        timeout = aiohttp.ClientTimeout(total=None, connect=min(self._connect_timeout_s, remaining),
                                        sock_read=self._attempt_timeout_s)
        return UpstreamCall(candidate, body, timeout)

    async def run(self, chain: list[Candidate], body: dict, record: RequestRecord,
                  operation: Callable[[UpstreamCall], Awaitable[T]]) -> tuple[Candidate, T]:
        """`operation` must return only once the attempt can no longer fail retriably
        (for a stream: after its first chunk arrived)."""
        deadline = time.monotonic() + self._total_deadline_s
        if self.credentials is not None:
            chain = await self.credentials(chain, record)
        # An endpoint of a provider without a managed key serves BYOK customers only.
        chain = [c for c in chain if c.api_key is not None]
        if not chain:
            raise self._exhausted(None, record)
        if self.admit is not None:
            await self.admit(chain, body, record)
        last: UpstreamError | None = None
        for candidate in chain:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                last = UpstreamError("timeout", retriable=True)
                break
            started = time.perf_counter()
            if not record.attempts:  # what the gateway added before any provider saw the request
                self._metrics.added_for(record.route).observe(started - record.t0)
            try:
                async with asyncio.timeout(min(self._attempt_timeout_s, remaining)):
                    result = await operation(self._call(candidate, body, remaining))
            except TimeoutError:
                error = UpstreamError("timeout", retriable=True)
            except UpstreamError as exc:
                error = exc
            else:
                record.attempts.append(Attempt(candidate, "success", None, _ms(started)))
                record.served_by = candidate
                if len(record.attempts) > 1:
                    self._metrics.fallbacks_for(record.route).inc()
                return candidate, result
            record.attempts.append(Attempt(candidate, "error", error.error_type, _ms(started)))
            self._metrics.upstream_errors_for(candidate.offering.provider, error.error_type).inc()
            if candidate.byok and error.error_type == "upstream_auth_error" and not record.byok_fallback:
                raise ByokKeyRejected(candidate.offering.provider, record)
            if not error.retriable:
                record.fail("error", error.status or 400, error.error_type, candidate.offering.provider)
                raise UpstreamRejected(error)
            last = error
        raise self._exhausted(last, record)

    @staticmethod
    def _exhausted(last: UpstreamError | None, record: RequestRecord) -> UpstreamFailed:
        if last is None:
            record.fail("error", 503, "no_available_endpoint")
            return UpstreamFailed("No provider endpoint is available for this model.", status=503,
                                  code="no_available_endpoint", error_type="no_available_endpoint")
        status, code = FINAL_STATUS.get(last.error_type, (502, "upstream_error"))
        provider = record.attempts[-1].candidate.offering.provider if record.attempts else None
        record.fail("error", status, last.error_type, provider)
        headers = {"Retry-After": last.retry_after} if last.retry_after else None
        return UpstreamFailed(f"Every provider endpoint failed; the last one ({provider}) reported "
                              f"{last.error_type}.", status=status, code=code,
                              error_type=last.error_type, headers=headers)


def _ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)
