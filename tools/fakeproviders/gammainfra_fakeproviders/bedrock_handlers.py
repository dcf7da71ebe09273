"""HTTP routes of a Bedrock runtime endpoint: `POST /{endpoint}/model/{modelId}/converse`
and `/converse-stream` (the endpoint id stands for the regional host, e.g.
`bedrock-us-east-1`, so a client's endpoint URL is `<fake>/bedrock-us-east-1`).

Owns: translating HTTP into parse -> answer -> serialize, Bedrock's auth check and
Bedrock-shaped error answers (`{"message"}` + `x-amzn-errortype`). Auth: a SigV4
`Authorization: AWS4-HMAC-SHA256 Credential=KEY/DATE/REGION/bedrock/aws4_request,
SignedHeaders=..., Signature=<64 hex>` and an `X-Amz-Date` are required (else 403
AccessDeniedException); for an endpoint named `bedrock-<region>` the credential scope
must name that region (else 403 InvalidSignatureException, as AWS answers a request
signed for another region). The signature value itself is not verified.
Every route goes through `guard.guarded`, so all fault knobs and counters apply; a
stream answers `application/vnd.amazon.eventstream`. Never logs, never keeps a body.
"""

from __future__ import annotations

import re

from aiohttp import web

from gammainfra_fakeproviders.bedrock_format import BedrockError, fault_error, parse_converse
from gammainfra_fakeproviders.bedrock_replies import answer_converse, converse_json, converse_stream, request_id
from gammainfra_fakeproviders.faults import FaultPlan
from gammainfra_fakeproviders.guard import guarded
from gammainfra_fakeproviders.sse import EventStream

__all__ = ["EVENT_STREAM_CONTENT_TYPE", "add_bedrock_routes"]

EVENT_STREAM_CONTENT_TYPE = "application/vnd.amazon.eventstream"
_SIGV4 = re.compile(r"AWS4-HMAC-SHA256 Credential=[^/,\s]+/\d{8}/(?P<region>[a-z0-9-]+)/(?P<service>[a-z0-9-]+)"
                    r"/aws4_request,\s*SignedHeaders=(?P<signed>[a-z0-9;-]+),\s*Signature=[0-9a-f]{64}")
# Marks a request answered with an event stream, for the content type fix below.
_EVENT_STREAM = web.RequestKey("fakeproviders.bedrock_event_stream", bool)


def _answer(body: bytes, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(status=status, body=body, content_type="application/json",
                        headers={"x-amzn-requestid": request_id(), **(headers or {})})


def _error(exc: BedrockError) -> web.Response:
    return _answer(exc.body(), exc.status, exc.headers())


class BedrockErrors:
    """`guard.WireErrors` for Bedrock."""

    def fault(self, status: int, plan: FaultPlan) -> web.Response:
        response = _error(fault_error(status))
        if status == 429:
            response.headers["retry-after"] = str(plan.retry_after_s)
        return response

    def bad_knob(self, message: str) -> web.Response:
        return _error(BedrockError(400, "ValidationException", message))

    def unauthorized(self, request: web.Request) -> web.Response | None:
        match = _SIGV4.fullmatch(request.headers.get("Authorization", "").strip())
        if match is None or not request.headers.get("X-Amz-Date") or \
                not {"host", "x-amz-date"} <= set(match["signed"].split(";")):
            return _error(BedrockError(403, "AccessDeniedException",
                                       "Missing or malformed AWS Signature Version 4 Authorization header."))
        endpoint = request.match_info["endpoint"]
        if match["service"] != "bedrock":
            return _error(BedrockError(403, "InvalidSignatureException",
                                       "Credential should be scoped to correct service: 'bedrock'. "))
        if endpoint.startswith("bedrock-") and match["region"] != endpoint.removeprefix("bedrock-"):
            return _error(BedrockError(403, "InvalidSignatureException",
                                       "Credential should be scoped to a valid region. "))
        return None


async def converse(request: web.Request, _plan: FaultPlan) -> web.Response:
    try:
        req = parse_converse(await request.read(), request.match_info["model"])
    except BedrockError as exc:
        return _error(exc)
    return _answer(converse_json(answer_converse(req)))


async def converse_streaming(request: web.Request, _plan: FaultPlan) -> web.Response | EventStream:
    try:
        req = parse_converse(await request.read(), request.match_info["model"])
    except BedrockError as exc:
        return _error(exc)
    request[_EVENT_STREAM] = True
    return converse_stream(answer_converse(req), {"x-amzn-requestid": request_id()})


async def _event_stream_content_type(request: web.Request, response: web.StreamResponse) -> None:
    # The shared stream sender labels every stream text/event-stream; a ConverseStream
    # body is binary event-stream frames and says so, as Bedrock's does.
    if request.get(_EVENT_STREAM) and response.status == 200:
        response.content_type = EVENT_STREAM_CONTENT_TYPE
        response.charset = None


def add_bedrock_routes(app: web.Application) -> None:
    errors = BedrockErrors()
    # {model:.+}: an ARN model id arrives with an encoded "/" in it.
    app.router.add_post("/{endpoint}/model/{model:.+}/converse", guarded(errors, converse))
    app.router.add_post("/{endpoint}/model/{model:.+}/converse-stream", guarded(errors, converse_streaming))
    app.on_response_prepare.append(_event_stream_content_type)
