"""Google API errors -> `UpstreamError` (pure; no I/O).

Google answers `{"error": {"code", "message", "status", "details"}}`; `status` (the
google.rpc code name) says more than the HTTP status, so it decides first:
RESOURCE_EXHAUSTED -> rate_limited (retry delay from a RetryInfo detail when no
Retry-After header came), UNAVAILABLE/INTERNAL -> upstream_server_error,
DEADLINE_EXCEEDED -> timeout, PERMISSION_DENIED/UNAUTHENTICATED and a 400 whose
ErrorInfo reason is API_KEY_INVALID -> upstream_auth_error, FAILED_PRECONDITION
(e.g. "User location is not supported") -> upstream_auth_error too: all retriable,
they are the endpoint's problem. Anything else goes through `classify_status`; a
client error carries Google's message, in OpenAI's error shape, for the client
only (it may quote the prompt: it is never logged).
"""

from __future__ import annotations

import math
import re
from typing import Any

from ..base import UpstreamError, classify_status

ENDPOINT_PROBLEMS = frozenset({"PERMISSION_DENIED", "UNAUTHENTICATED", "FAILED_PRECONDITION"})
_DELAY = re.compile(r"^(\d+(?:\.\d+)?)s$")


def _error(payload: Any) -> dict[str, Any]:
    error = payload.get("error") if isinstance(payload, dict) else None
    return error if isinstance(error, dict) else {}


def _details(error: dict[str, Any], type_suffix: str) -> list[dict[str, Any]]:
    details = error.get("details")
    return [d for d in details if isinstance(d, dict) and str(d.get("@type", "")).endswith(type_suffix)] \
        if isinstance(details, list) else []


def retry_delay(error: dict[str, Any]) -> str | None:
    """Whole seconds (rounded up) of a RetryInfo detail's `retryDelay` ("7s", "0.5s")."""
    for detail in _details(error, "google.rpc.RetryInfo"):
        match = _DELAY.match(str(detail.get("retryDelay", "")))
        if match:
            return str(math.ceil(float(match.group(1))))
    return None


def client_body(status: int, payload: Any) -> dict[str, Any]:
    """Google's error in OpenAI's shape, for the client."""
    error = _error(payload)
    message = error.get("message") if isinstance(error.get("message"), str) else None
    code = error.get("status") if isinstance(error.get("status"), str) else None
    return {"error": {"message": message or f"The provider answered HTTP {status}.",
                      "type": "invalid_request_error" if status < 500 else "server_error",
                      "param": None, "code": code.lower() if code else None}}


def classify_error(status: int, payload: Any, retry_after: str | None) -> UpstreamError:
    error = _error(payload)
    google_status = error.get("status")
    reasons = {d.get("reason") for d in _details(error, "google.rpc.ErrorInfo")}
    if google_status == "RESOURCE_EXHAUSTED":
        return UpstreamError("rate_limited", retriable=True, status=status,
                             retry_after=retry_after or retry_delay(error))
    if google_status in ("UNAVAILABLE", "INTERNAL"):
        return UpstreamError("upstream_server_error", retriable=True, status=status, retry_after=retry_after)
    if google_status == "DEADLINE_EXCEEDED":
        return UpstreamError("timeout", retriable=True, status=status)
    if google_status in ENDPOINT_PROBLEMS or "API_KEY_INVALID" in reasons:
        return UpstreamError("upstream_auth_error", retriable=True, status=status)
    if status == 429:
        retry_after = retry_after or retry_delay(error)
    return classify_status(status, retry_after, client_body(status, payload))
