"""Hostile input against a real gateway process: nesting bombs and oversized bodies
on every JSON route, header tricks sent as raw bytes (duplicate Authorization,
oversized or too many headers, CR/LF and NUL inside a header, non-ASCII), overlong
model names, invalid UTF-8 and lone surrogates, and brute-force key guessing.
Every answer is a clean 4xx in the route's API shape (OpenAI's, Anthropic's on
/v1/messages), never a 5xx, a hang or aiohttp's text/plain page; and nothing the
privacy policy forbids reaches the log or Redis."""

from __future__ import annotations

import hashlib
import hmac
import uuid

import orjson
import pytest

from tests.integration.gateway.harness import GatewayProcess
from tests.integration.gateway.rawhttp import exchange, json_error, request
from tests.integration.gateway.test_privacy_canary import _redis_contains

pytestmark = pytest.mark.integration

# (method, path) of every route that takes a JSON body; /v1/messages answers in Anthropic's shape.
JSON_ROUTES = [("POST", "/v1/chat/completions"), ("POST", "/v1/embeddings"), ("POST", "/v1/messages"),
               ("POST", "/v1/account/signup"), ("PATCH", "/v1/account"), ("POST", "/v1/account/keys"),
               ("PUT", "/v1/account/byok/openai"), ("DELETE", "/v1/account"),
               ("POST", "/v1/account/credits/checkout")]
BODY_ROUTES = JSON_ROUTES + [("POST", "/v1/billing/webhooks/stripe")]  # forwarded raw, but size-limited too


def _auth(key: str) -> list[tuple[bytes, bytes]]:
    return [(b"Authorization", f"Bearer {key}".encode()), (b"x-api-key", key.encode()),
            (b"anthropic-version", b"2023-06-01"), (b"Content-Type", b"application/json")]


def _error_of(path: str, status: int, body: bytes) -> dict:
    """The error object in the route's shape; fails on a 5xx or a body of another shape."""
    assert 400 <= status < 500, (path, status, body[:200])
    if path == "/v1/messages":
        payload = orjson.loads(body)
        assert payload["type"] == "error" and set(payload["error"]) == {"type", "message"}, payload
        return payload["error"]
    return json_error(body)


@pytest.mark.parametrize("depth", [65, 300, 10_000])
@pytest.mark.parametrize(("method", "path"), JSON_ROUTES)
async def test_deeply_nested_json_is_a_400_on_every_json_route(gateway, customer, method, path, depth):
    bomb = b'{"model": ' + b"[" * depth + b"]" * depth + b"}"
    status, _, body = await exchange(gateway.port, request(method, path, headers=_auth(customer[2]), body=bomb))
    error = _error_of(path, status, body)
    assert status == 400 and "deeper than 64 levels" in error["message"], (status, error)


async def test_nesting_at_the_limit_is_accepted(gateway, customer):
    # 64 levels in all (the object itself is level 1): parsed and validated as usual.
    deep = b'{"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "hi"}], "metadata": ' \
           + b"[" * 62 + b"]" * 62 + b"}"
    status, _, body = await exchange(gateway.port, request("POST", "/v1/chat/completions",
                                                           headers=_auth(customer[2]), body=deep))
    assert status == 200, body[:300]


@pytest.mark.parametrize(("method", "path"), BODY_ROUTES)
async def test_a_body_over_the_limit_is_413_on_every_body_route(gateway, customer, method, path):
    big = b'{"model": "' + b"x" * 65_536 + b'"}'  # the session gateway accepts 64 KiB
    status, _, body = await exchange(gateway.port, request(method, path, headers=_auth(customer[2]), body=big))
    error = _error_of(path, status, body)
    assert status == 413, (status, error)


async def test_duplicate_authorization_headers_are_refused(gateway, customer):
    headers = [(b"Authorization", f"Bearer {customer[2]}".encode()), (b"Authorization", b"Bearer gi-other-key")]
    status, _, body = await exchange(gateway.port, request("GET", "/v1/models", headers=headers))
    assert status == 400 and json_error(body)["code"] == "duplicate_authorization"


@pytest.mark.parametrize("raw_header", [
    b"X-Huge: " + b"a" * 20_000,                    # one header over aiohttp's 8190-byte field limit
    b"\r\n".join(b"X-Many-%d: 1" % i for i in range(200)),  # more headers than accepted
    b"X-Split: one\rX-Injected: two",               # a bare CR inside a header
    b"X-Split: one\nInjected",                      # a bare LF, then a line that is no header
    b"X-Nul: a\x00b",                               # NUL in a value
    b"X-Ctl: a\x07b",                               # another control character
    b"Bad Name: value",                             # a space in a header name
])
async def test_malformed_headers_get_a_json_400_not_a_text_page(gateway, customer, raw_header):
    raw = request("GET", "/v1/models", headers=[(b"Authorization", f"Bearer {customer[2]}".encode())])
    raw = raw.replace(b"\r\n\r\n", b"\r\n" + raw_header + b"\r\n\r\n", 1)
    status, headers, body = await exchange(gateway.port, raw)
    assert status == 400 and headers["content-type"].startswith("application/json"), (status, body[:200])
    assert json_error(body)["code"] == "malformed_http_request"


async def test_non_ascii_header_values_are_handled_cleanly(gateway, customer):
    # Non-ASCII in the key: not a key of ours, so 401 (in shape), never a decoding error.
    for key in ("gi-abc-ключ".encode(), b"gi-\xff\xfe-\xc0\xaf", "Bearer 🔑".encode()):
        status, _, body = await exchange(gateway.port, request("GET", "/v1/models",
                                                               headers=[(b"Authorization", b"Bearer " + key)]))
        assert status == 401 and json_error(body)["type"] == "authentication_error"
    # Non-ASCII in a header the gateway does not read: ignored.
    status, _, body = await exchange(gateway.port, request("GET", "/v1/models", headers=[
        (b"Authorization", f"Bearer {customer[2]}".encode()), (b"X-Note", "ünïcødé \U0001f600".encode()),
        (b"X-Latin1", b"\xe9\xff")]))
    assert status == 200, body[:200]


@pytest.mark.parametrize("path", ["/v1/chat/completions", "/v1/messages"])
async def test_an_overlong_model_name_is_a_404_with_a_short_message(gateway, customer, path):
    name = "m" * 50_000
    payload = {"model": name, "max_tokens": 8, "messages": [{"role": "user", "content": "hi"}]}
    status, _, body = await exchange(gateway.port, request("POST", path, headers=_auth(customer[2]),
                                                           body=orjson.dumps(payload)))
    error = _error_of(path, status, body)
    assert status == 404 and len(error["message"]) < 300


@pytest.mark.parametrize("bad", [
    b'{"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "\xff\xfe"}]}',        # invalid UTF-8
    b'{"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "\xed\xa0\x80"}]}',    # encoded surrogate
    b'{"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "\\ud800"}]}',         # lone surrogate
    b'{"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "\\udc00\\ud800"}]}',  # reversed pair
    b'{"model": "openai/gpt-4o\x00", "messages": []}',                                           # raw NUL
    b'\xef\xbb\xbf{"model": "openai/gpt-4o"}',                                                   # a BOM
])
@pytest.mark.parametrize("path", ["/v1/chat/completions", "/v1/messages", "/v1/embeddings"])
async def test_broken_unicode_in_json_is_a_400(gateway, customer, bad, path):
    status, _, body = await exchange(gateway.port, request("POST", path, headers=_auth(customer[2]), body=bad))
    error = _error_of(path, status, body)
    assert status == 400, (status, error)


# --- brute force ------------------------------------------------------------------------------------------

IP_HASH_KEY = "test-ip-hash-key-" + uuid.uuid4().hex
FAILURES_PER_MIN = 5


@pytest.fixture(scope="module")
async def guarded_gateway(upstream_template):
    proc = await GatewayProcess(upstream_template=upstream_template, extra_env={
        "GI_GATEWAY_AUTH_FAILURES_PER_MIN": str(FAILURES_PER_MIN), "GI_GATEWAY_IP_HASH_KEY": IP_HASH_KEY}).start()
    yield proc
    proc.stop()


async def test_key_guessing_is_rate_limited_per_ip_without_storing_the_ip(guarded_gateway, customer, redis):
    canary = "CANARY" + uuid.uuid4().hex
    statuses = []
    for i in range(FAILURES_PER_MIN + 2):
        guess = f"gi-{canary[:12]}-{canary}{i}"
        status, headers, body = await exchange(guarded_gateway.port, request(
            "GET", "/v1/models", headers=[(b"Authorization", f"Bearer {guess}".encode())]))
        statuses.append(status)
        if status == 429:
            error = json_error(body)
            assert error["type"] == "rate_limit_exceeded" and int(headers["retry-after"]) >= 1
    assert statuses == [401] * FAILURES_PER_MIN + [429, 429], statuses
    # The same refusal on /v1/messages, in Anthropic's shape.
    status, _, body = await exchange(guarded_gateway.port, request(
        "POST", "/v1/messages", headers=[(b"x-api-key", f"gi-{canary[:12]}-x".encode())], body=b"{}"))
    assert status == 429 and orjson.loads(body)["error"]["type"] == "rate_limit_error"
    # A right key from the same address still works: only failures are counted.
    status, _, _ = await exchange(guarded_gateway.port, request(
        "GET", "/v1/models", headers=[(b"Authorization", f"Bearer {customer[2]}".encode())]))
    assert status == 200
    # Redis holds a keyed hash of the address, expiring within the hour; never the address, the guesses
    # or a hash anyone without the key could recompute.
    bucket = hmac.new(IP_HASH_KEY.encode(), b"127.0.0.1", hashlib.sha256).hexdigest()[:32]
    keys = [key async for key in redis.scan_iter(match=f"gi:rl:authfail:ip:{bucket}:*")]
    assert keys
    for key in keys:
        assert 0 < await redis.ttl(key) <= 3600
    assert [key async for key in redis.scan_iter(match="*127.0.0.1*")] == []
    assert await _redis_contains(redis, canary.encode()) == []
    assert await _redis_contains(redis, hashlib.sha256(b"127.0.0.1").hexdigest()[:32].encode()) == []
    log = guarded_gateway.log_text()
    assert canary not in log and "127.0.0.1" not in log


async def test_hostile_requests_leave_no_content_or_address_in_the_log(guarded_gateway, customer, redis):
    """The privacy canary through the hostile paths: content inside a nesting bomb, an oversized header,
    a malformed header, an overlong model name and broken JSON."""
    canary = "CANARY" + uuid.uuid4().hex
    key = customer[2]
    port = guarded_gateway.port
    sent = [
        request("POST", "/v1/chat/completions", headers=_auth(key),
                body=b'{"messages": [{"content": "' + canary.encode() + b'"}], "x": ' + b"[" * 500 + b"]" * 500 + b"}"),
        request("GET", "/v1/models", headers=[(b"Authorization", f"Bearer {key}".encode()),
                                              (b"X-Big", canary.encode() * 400)]),
        request("GET", "/v1/models", headers=[(b"X-Bad", canary.encode() + b"\x00")]),
        request("POST", "/v1/messages", headers=_auth(key),
                body=orjson.dumps({"model": canary * 100, "max_tokens": 5, "messages": []})),
        request("POST", "/v1/chat/completions", headers=_auth(key), body=b'{"model": "' + canary.encode() + b'\xff"'),
    ]
    for raw in sent:
        status, _, _ = await exchange(port, raw)
        assert 400 <= status < 500
    log = guarded_gateway.log_text()
    assert "malformed HTTP request refused" in log  # the refusals were logged, as metadata only
    assert canary not in log and "127.0.0.1" not in log
    assert await _redis_contains(redis, canary.encode()) == []
