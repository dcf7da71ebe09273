"""Fault knobs, per request (x-fake-* headers) and per endpoint (/_fake/ admin API),
and the per-endpoint counters."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import aiohttp
import orjson
import pytest
from aiohttp.test_utils import TestClient, TestServer

from tests.unit.fakeproviders.helpers import AUTH, CHAT, chat_body, parse_sse, read_until_cut

GROQ_CHAT = "/groq-us/v1/chat/completions"


async def call(client: TestClient, headers: dict[str, str] | None = None, path: str = CHAT,
               **body: Any) -> tuple[int, Any, Any]:
    async with client.post(path, json=chat_body(**body), headers={**AUTH, **(headers or {})}) as resp:
        return resp.status, resp.headers, await resp.json()


async def admin(client: TestClient, method: str, path: str, body: Any = None) -> tuple[int, Any]:
    async with client.request(method, "/_fake" + path, json=body) as resp:
        return resp.status, await resp.json()


@pytest.mark.parametrize(("status", "type_", "code"), [
    (400, "invalid_request_error", None),
    (401, "invalid_request_error", "invalid_api_key"),
    (403, "request_forbidden", "unsupported_country_region_territory"),
    (404, "invalid_request_error", "model_not_found"),
    (429, "requests", "rate_limit_exceeded"),
    (500, "server_error", None),
    (502, "server_error", None),
    (503, "server_error", None),
    (504, "server_error", None),
    (529, "server_error", None),
])
async def test_status_knob_gives_openai_error(client: TestClient, status: int, type_: str, code: str | None) -> None:
    got, headers, body = await call(client, {"x-fake-status": str(status)})
    assert got == status
    assert set(body["error"]) == {"message", "type", "param", "code"} and body["error"]["message"]
    assert (body["error"]["type"], body["error"]["code"], body["error"]["param"]) == (type_, code, None)
    assert ("retry-after" in headers) == (status == 429)


async def test_429_retry_after(client: TestClient) -> None:
    _, headers, body = await call(client, {"x-fake-status": "429"})
    assert headers["retry-after"] == "1"
    _, headers, body = await call(client, {"x-fake-status": "429", "x-fake-retry-after": "7"})
    assert headers["retry-after"] == "7" and "7s" in body["error"]["message"]


async def test_faults_apply_before_auth(client: TestClient) -> None:
    async with client.post(CHAT, json=chat_body(), headers={"x-fake-status": "503"}) as resp:
        assert resp.status == 503


async def test_latency_knob_delays_the_answer(client: TestClient) -> None:
    started = time.monotonic()
    status, _, _ = await call(client, {"x-fake-latency-ms": "200"})
    assert status == 200 and time.monotonic() - started >= 0.19


async def test_timeout_knob_never_answers_and_ends_when_client_gives_up(
        server: TestServer, client: TestClient) -> None:
    started = time.monotonic()
    with pytest.raises(asyncio.TimeoutError):
        await client.post(CHAT, json=chat_body(), headers={**AUTH, "x-fake-timeout": "1"},
                          timeout=aiohttp.ClientTimeout(total=0.3))
    assert 0.25 < time.monotonic() - started < 2
    _, stats = await admin(client, "GET", "/endpoints/openai-us/stats")
    assert stats == {"requests": 1, "by_status": {"timeout": 1}}
    # The hanging handler ends with its connection (no task left per abandoned request).
    for _ in range(100):
        if len(server.runner.server.connections) <= 1:  # only the admin call's keep-alive
            break
        await asyncio.sleep(0.02)
    assert len(server.runner.server.connections) <= 1


async def test_cut_after_drops_the_stream_without_done(client: TestClient) -> None:
    body = chat_body("one two three four five six", stream=True, stream_options={"include_usage": True})
    async with client.post(CHAT, json=body, headers={**AUTH, "x-fake-cut-after": "2"}) as resp:
        assert resp.status == 200
        received, error = await read_until_cut(resp)
    assert isinstance(error, aiohttp.ClientPayloadError)
    events = parse_sse(received)
    assert "[DONE]" not in events and len(events) == 3  # role chunk + 2 content chunks
    assert [e["choices"][0]["delta"].get("content") for e in events] == ["", "Echo:", " one"]
    assert all(e["choices"][0]["finish_reason"] is None for e in events)


async def test_cut_after_zero_sends_only_the_role_chunk(client: TestClient) -> None:
    async with client.post(CHAT, json=chat_body(stream=True), headers={**AUTH, "x-fake-cut-after": "0"}) as resp:
        received, error = await read_until_cut(resp)
    assert isinstance(error, aiohttp.ClientPayloadError) and len(parse_sse(received)) == 1


async def test_cut_after_on_non_stream_drops_the_connection(client: TestClient) -> None:
    with pytest.raises(aiohttp.ServerDisconnectedError):
        await call(client, {"x-fake-cut-after": "1"})
    _, stats = await admin(client, "GET", "/endpoints/openai-us/stats")
    assert stats["by_status"] == {"cut": 1}


async def test_chunk_delay_spaces_the_chunks(client: TestClient) -> None:
    arrivals = []
    async with client.post(CHAT, json=chat_body("a b c", stream=True),
                           headers={**AUTH, "x-fake-chunk-delay-ms": "50"}) as resp:
        async for line in resp.content:
            if line.startswith(b"data: "):
                arrivals.append(time.monotonic())
    assert len(arrivals) == 7  # role, "Echo:", " a", " b", " c", finish, [DONE]
    assert arrivals[-1] - arrivals[0] >= 6 * 0.05 * 0.9


@pytest.mark.parametrize("header", [("x-fake-status", "abc"), ("x-fake-status", "99"),
                                    ("x-fake-latency-ms", "-1"), ("x-fake-timeout", "maybe")])
async def test_malformed_knob_is_400(client: TestClient, header: tuple[str, str]) -> None:
    status, _, body = await call(client, dict([header]))
    assert status == 400 and body["error"]["code"] == "invalid_fake_knob"
    assert header[0] in body["error"]["message"]


async def test_endpoint_config_fails_only_that_endpoint(client: TestClient) -> None:
    status, config = await admin(client, "PUT", "/endpoints/groq-us", {"status": 503})
    assert status == 200 and config == {"endpoint": "groq-us", "config": {
        "status": 503, "latency_ms": 0, "timeout": False, "cut_after": None, "chunk_delay_ms": 0,
        "retry_after_s": 1, "fail_count": None}}
    assert (await call(client, path=GROQ_CHAT))[0] == 503
    assert (await call(client, path=GROQ_CHAT))[0] == 503
    assert (await call(client))[0] == 200
    async with client.get("/groq-us/v1/models", headers=AUTH) as resp:
        assert resp.status == 503  # every route of the endpoint
    _, healthy = await admin(client, "DELETE", "/endpoints/groq-us")
    assert healthy["config"]["status"] is None
    assert (await call(client, path=GROQ_CHAT))[0] == 200
    _, stats = await admin(client, "GET", "/endpoints/groq-us/stats")
    assert stats == {"requests": 4, "by_status": {"503": 3, "200": 1}}


async def test_fail_count_fails_the_next_n_then_recovers(client: TestClient) -> None:
    await admin(client, "PUT", "/endpoints/groq-us", {"status": 429, "fail_count": 2})
    assert (await call(client, path=GROQ_CHAT))[0] == 429
    _, config = await admin(client, "GET", "/endpoints/groq-us")
    assert config["config"]["fail_count"] == 1
    assert (await call(client, path=GROQ_CHAT))[0] == 429
    assert [(await call(client, path=GROQ_CHAT))[0] for _ in range(3)] == [200, 200, 200]
    _, config = await admin(client, "GET", "/endpoints/groq-us")
    assert config["config"]["status"] is None and config["config"]["fail_count"] is None


async def test_headers_override_endpoint_config(client: TestClient) -> None:
    await admin(client, "PUT", "/endpoints/groq-us", {"status": 503})
    assert (await call(client, {"x-fake-status": "200"}, path=GROQ_CHAT))[0] == 200
    assert (await call(client, {"x-fake-status": "429"}, path=GROQ_CHAT))[0] == 429


async def test_endpoint_stream_knobs(client: TestClient) -> None:
    await admin(client, "PUT", "/endpoints/groq-us", {"cut_after": 1})
    async with client.post(GROQ_CHAT, json=chat_body("x y z", stream=True), headers=AUTH) as resp:
        received, error = await read_until_cut(resp)
    assert isinstance(error, aiohttp.ClientPayloadError) and len(parse_sse(received)) == 2


async def test_endpoint_timeout_and_latency(client: TestClient) -> None:
    await admin(client, "PUT", "/endpoints/groq-us", {"timeout": True})
    with pytest.raises(asyncio.TimeoutError):
        await client.post(GROQ_CHAT, json=chat_body(), headers=AUTH, timeout=aiohttp.ClientTimeout(total=0.2))
    await admin(client, "PUT", "/endpoints/groq-us", {"latency_ms": 150})
    started = time.monotonic()
    assert (await call(client, path=GROQ_CHAT))[0] == 200
    assert time.monotonic() - started >= 0.14


async def test_stats_count_per_endpoint_and_reset_clears_everything(client: TestClient) -> None:
    await call(client)
    await call(client, {"x-fake-status": "500"})
    await call(client, path=GROQ_CHAT)
    await admin(client, "PUT", "/endpoints/mistral-eu", {"status": 502})
    _, everything = await admin(client, "GET", "/stats")
    assert everything == {"openai-us": {"requests": 2, "by_status": {"200": 1, "500": 1}},
                          "groq-us": {"requests": 1, "by_status": {"200": 1}},
                          "mistral-eu": {"requests": 0, "by_status": {}}}
    _, unseen = await admin(client, "GET", "/endpoints/never-called/stats")
    assert unseen == {"requests": 0, "by_status": {}}
    assert await admin(client, "POST", "/reset") == (200, {"reset": True})
    assert await admin(client, "GET", "/stats") == (200, {})
    assert (await call(client, path="/mistral-eu/v1/chat/completions"))[0] == 200


@pytest.mark.parametrize("body", [{"status": "x"}, {"status": True}, {"bogus": 1}, {"fail_count": 0},
                                  {"latency_ms": 1.5}, [1]])
async def test_admin_rejects_bad_config(client: TestClient, body: Any) -> None:
    status, error = await admin(client, "PUT", "/endpoints/groq-us", body)
    assert status == 400 and error["error"]
    _, config = await admin(client, "GET", "/endpoints/groq-us")
    assert config["config"]["status"] is None


async def test_admin_rejects_non_json(client: TestClient) -> None:
    async with client.put("/_fake/endpoints/groq-us", data=b"{") as resp:
        assert resp.status == 400


async def test_healthz(client: TestClient) -> None:
    async with client.get("/healthz") as resp:
        assert resp.status == 200 and orjson.loads(await resp.read()) == {"status": "ok"}
