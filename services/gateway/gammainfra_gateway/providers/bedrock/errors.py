"""Bedrock failures -> `UpstreamError` (pure, no I/O).

Bedrock names every error: the `x-amzn-errortype` header of an HTTP error (its body
is `{"message": "..."}`), or `:exception-type` of an exception event in a stream
(`throttlingException`, ...). Owns the mapping of those names to the llm.requests.v1
error type and whether another endpoint may be tried. Guarantees: Bedrock's message
text (which can quote the prompt) goes only into `client_body`, for the client;
`UpstreamError.message` holds the error name at most.
"""

from __future__ import annotations

from typing import Any

from ..base import UpstreamError, classify_status

# What the next endpoint (another region) might not suffer from.
_SERVER_SIDE = {"ServiceUnavailableException", "InternalServerException", "ModelNotReadyException",
                "ModelErrorException", "ModelStreamErrorException", "InternalFailure"}
_AUTH = {"AccessDeniedException", "UnrecognizedClientException", "InvalidSignatureException",
         "ExpiredTokenException", "MissingAuthenticationTokenException", "IncompleteSignatureException"}
# HTTP status of each exception event, as in the ConverseStream API reference.
EVENT_STATUS = {"ThrottlingException": 429, "ServiceUnavailableException": 503, "InternalServerException": 500,
                "ValidationException": 400, "ModelStreamErrorException": 424}


def error_name(raw: str | None) -> str | None:
    """`ThrottlingException` from `ThrottlingException:http://internal.amazon.com/...`,
    `com.amazon.coral#ThrottlingException` or the event form `throttlingException`."""
    if not raw:
        return None
    name = raw.split(":", 1)[0].rsplit("#", 1)[-1].strip()
    return name[:1].upper() + name[1:] if name else None


def client_body(message: str | None) -> dict[str, Any]:
    return {"error": {"message": message or "Amazon Bedrock rejected the request.",
                      "type": "invalid_request_error", "param": None, "code": None}}


def classify(status: int, name: str | None, message: str | None, retry_after: str | None = None) -> UpstreamError:
    """The `UpstreamError` for Bedrock error `name` (if known) with HTTP `status`."""
    if name == "ThrottlingException":
        return UpstreamError("rate_limited", retriable=True, status=status, retry_after=retry_after,
                             message=name)
    if name in _SERVER_SIDE:
        return UpstreamError("upstream_server_error", retriable=True, status=status, retry_after=retry_after,
                             message=name)
    if name == "ModelTimeoutException":
        return UpstreamError("timeout", retriable=True, status=status, message=name)
    if name in _AUTH:
        return UpstreamError("upstream_auth_error", retriable=True, status=status, message=name)
    if name == "ResourceNotFoundException":
        # The catalog's model id is not served in this region: another endpoint may have it.
        return UpstreamError("upstream_client_error", retriable=True, status=status, message=name)
    if name == "ValidationException":
        return UpstreamError("upstream_client_error", retriable=False, status=status,
                             message=name, client_body=client_body(message))
    error = classify_status(status, retry_after, client_body(message))
    error.message = name or ""
    return error


def from_http(status: int, errortype_header: str | None, body: Any, retry_after: str | None) -> UpstreamError:
    """An HTTP error answer: `body` is the parsed JSON (or None)."""
    body = body if isinstance(body, dict) else {}
    name = error_name(errortype_header) or error_name(body.get("__type") or body.get("code"))
    message = body.get("message") or body.get("Message")
    return classify(status, name, message if isinstance(message, str) else None, retry_after)


def from_event(headers: dict[str, Any], payload: Any) -> UpstreamError:
    """An exception (`:message-type` exception) or error (`error`) message of a stream."""
    if headers.get(":message-type") == "error":
        # A protocol-level error of the event stream itself, not of the model.
        return UpstreamError("upstream_server_error", retriable=True, status=500,
                             message=str(headers.get(":error-code") or "stream error"))
    name = error_name(headers.get(":exception-type"))
    message = payload.get("message") if isinstance(payload, dict) else None
    return classify(EVENT_STATUS.get(name or "", 500), name, message if isinstance(message, str) else None)
