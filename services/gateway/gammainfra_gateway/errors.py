"""Errors the gateway returns, in OpenAI's shape:
`{"error": {"message", "type", "param", "code"}}` with the matching HTTP status.

Messages are written for the client and never contain request content, header
values, keys or provider error text (which can echo a prompt).
"""

from __future__ import annotations

from typing import Any

import orjson
from aiohttp import web


ANTHROPIC_ROUTES = frozenset({"/v1/messages"})  # the routes that answer errors in Anthropic's shape
ANTHROPIC_TYPES = {400: "invalid_request_error", 401: "authentication_error", 402: "billing_error",
                   403: "permission_error",
                   404: "not_found_error", 413: "request_too_large", 429: "rate_limit_error",
                   500: "api_error", 503: "overloaded_error", 529: "overloaded_error"}


class ApiError(Exception):
    status = 500
    type = "server_error"
    code: str | None = None
    close_connection = False  # the client misbehaved at the HTTP level: answer, then close

    def __init__(self, message: str, *, param: str | None = None, code: str | None = None,
                 headers: dict[str, str] | None = None, error_type: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.code = code or self.code
        self.headers = headers or {}
        self.error_type = error_type  # llm.requests.v1 error_type for the event

    def body(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.type, "param": self.param,
                          "code": self.code}}

    def anthropic_body(self) -> dict[str, Any]:
        """The same error in Anthropic's shape, for the /v1/messages API."""
        kind = ANTHROPIC_TYPES.get(self.status, "api_error" if self.status >= 500 else "invalid_request_error")
        return {"type": "error", "error": {"type": kind, "message": self.message}}

    def response(self, request_id: str | None = None, *, anthropic: bool = False) -> web.Response:
        headers = dict(self.headers)
        if request_id:
            headers["x-request-id"] = request_id
        body = self.anthropic_body() if anthropic else self.body()
        response = web.Response(status=self.status, body=orjson.dumps(body),
                                content_type="application/json", headers=headers)
        if self.close_connection:
            response.force_close()
        return response


class InvalidRequest(ApiError):
    status = 400
    type = "invalid_request_error"


class BodyTooLarge(ApiError):
    status = 413
    type = "invalid_request_error"
    code = "request_too_large"


class RequestTimeout(ApiError):
    status = 408
    type = "invalid_request_error"
    code = "request_timeout"
    close_connection = True


class AuthenticationFailed(ApiError):
    status = 401
    type = "authentication_error"
    code = "invalid_api_key"


class PaymentRequired(ApiError):
    status = 402
    type = "insufficient_quota"
    code = "budget_exceeded"


class NotFound(ApiError):
    status = 404
    type = "invalid_request_error"
    code = "not_found"


class ModelNotFound(ApiError):
    status = 404
    type = "invalid_request_error"
    code = "model_not_found"

    @classmethod
    def for_model(cls, model_id: str, *, param: str | None = "model") -> "ModelNotFound":
        # The name is the client's own text: echoed, but never more than a readable prefix.
        shown = model_id if len(model_id) <= 128 else model_id[:128] + "..."
        return cls(f"The model '{shown}' does not exist or is not served here.", param=param)


class RateLimited(ApiError):
    status = 429
    type = "rate_limit_exceeded"
    code = "rate_limit_exceeded"


class UpstreamFailed(ApiError):
    """Every endpoint of the chain failed; status 502/503/504 follows the last failure."""

    type = "upstream_error"

    def __init__(self, message: str, *, status: int, code: str, error_type: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message, code=code, headers=headers, error_type=error_type)
        self.status = status


class StoreUnavailable(ApiError):
    """PostgreSQL (keys, BYOK settings) cannot be read and nothing cached can stand in:
    retryable, in the API's own format, never a bare 500."""

    status = 503
    type = "server_error"
    code = "service_unavailable"

    def __init__(self, message: str = "The account store is unavailable; retry shortly.") -> None:
        super().__init__(message, headers={"Retry-After": "5"}, error_type="internal_error")


class InternalError(ApiError):
    status = 500
    type = "server_error"
    code = "internal_error"
