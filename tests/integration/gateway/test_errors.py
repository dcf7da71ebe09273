"""Every bad input and every failure comes back in OpenAI's error shape with the
right status, and the event records what happened."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from gammainfra_fakeproviders.faults import FaultPlan

pytestmark = pytest.mark.integration
CHAT = [{"role": "user", "content": "hi"}]


@pytest.fixture
async def http():
    async with aiohttp.ClientSession() as session:
        yield session


async def post(http, gateway, api_key, body=None, *, raw: bytes | None = None, path="/chat/completions"):
    headers = {"Authorization": f"Bearer {api_key}", "Content-Type": "application/json"}
    kwargs = {"data": raw} if raw is not None else {"json": body}
    async with http.post(gateway.base_url + path, headers=headers, **kwargs) as resp:
        return resp.status, resp.headers.copy(), await resp.json()


def assert_openai_error(body, *, type_=None, param=None, code=None):
    assert set(body) == {"error"} and set(body["error"]) == {"message", "type", "param", "code"}
    assert body["error"]["message"]
    if type_:
        assert body["error"]["type"] == type_
    if param:
        assert body["error"]["param"] == param
    if code:
        assert body["error"]["code"] == code


@pytest.mark.parametrize(("raw", "param"), [
    (b"{not json", None),
    (b"[1, 2]", None),
    (b"", None),
    (b'{"model": "openai/gpt-4o"}', "messages"),
    (b'{"messages": [{"role": "user", "content": "x"}]}', "model"),
    (b'{"model": 5, "messages": [{"role": "user", "content": "x"}]}', "model"),
    (b'{"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "x"}], "stream": "yes"}', "stream"),
    (b'{"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "x"}], "max_tokens": "9"}', "max_tokens"),
    (b'{"model": "openai/gpt-4o", "messages": [{"role": "wizard", "content": "x"}]}', "messages[0].role"),
    (b'{"model": "openai/gpt-4o", "messages": [{"role": "user"}], "provider": {"sort": "vibes"}}', "provider.sort"),
])
async def test_bad_input_is_a_400_in_openai_shape(http, gateway, customer, raw, param):
    status, _, body = await post(http, gateway, customer[2], raw=raw)
    assert status == 400
    assert_openai_error(body, type_="invalid_request_error", param=param)


async def test_unknown_model_is_404_and_recorded_as_rejected(http, gateway, customer, events):
    status, headers, body = await post(http, gateway, customer[2], {"model": "acme/none", "messages": CHAT})
    assert status == 404
    assert_openai_error(body, code="model_not_found", param="model")
    [(data, _)] = await events.events(request_ids={headers["x-request-id"]})
    assert (data["status"], data["http_status"], data["error_type"]) == ("rejected", 404, "model_not_found")
    assert data["fallback_chain"] == [] and data["provider"] is None


async def test_body_over_the_limit_is_413(http, gateway, customer):
    big = {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "x" * 70_000}]}
    status, _, body = await post(http, gateway, customer[2], big)
    assert status == 413
    assert_openai_error(body, code="request_too_large")


async def test_bad_and_missing_keys_are_401(http, gateway):
    status, _, body = await post(http, gateway, "gi-aaaaaaaaaaaa-" + "y" * 43, {"model": "openai/gpt-4o"})
    assert status == 401
    assert_openai_error(body, type_="authentication_error", code="invalid_api_key")
    async with http.get(gateway.base_url + "/models") as resp:
        assert resp.status == 401
        assert_openai_error(await resp.json(), type_="authentication_error")


async def test_unknown_route_and_method_are_openai_shaped(http, gateway, customer):
    async with http.get(gateway.base_url + "/nothing-here") as resp:
        assert resp.status == 404
        assert_openai_error(await resp.json())
    async with http.delete(gateway.base_url + "/models") as resp:
        assert resp.status == 405
        assert_openai_error(await resp.json())


@pytest.mark.parametrize(("plan", "status", "code", "error_type"), [
    (FaultPlan(status=500), 502, "upstream_error", "upstream_server_error"),
    (FaultPlan(status=429, retry_after_s=7), 503, "upstream_rate_limited", "rate_limited"),
    (FaultPlan(timeout=True), 504, "upstream_timeout", "timeout"),
])
async def test_every_endpoint_failing(http, gateway, customer, fake, events, plan, status, code, error_type):
    for endpoint in ("openai-us", "mistral-eu"):
        fake.faults.configure(endpoint, plan)
    body = {"model": "openai/gpt-4o", "models": ["mistral/mistral-large"], "messages": CHAT}
    got, headers, payload = await post(http, gateway, customer[2], body)
    assert got == status
    assert_openai_error(payload, code=code)
    if error_type == "rate_limited":
        assert headers["Retry-After"] == "7"
    [(data, _)] = await events.events(request_ids={headers["x-request-id"]})
    assert (data["status"], data["http_status"], data["error_type"]) == ("error", status, error_type)
    assert data["error_provider"] == "mistral"
    assert [(a["endpoint"], a["outcome"], a["error_type"]) for a in data["fallback_chain"]] == [
        ("openai-us", "error", error_type), ("mistral-eu", "error", error_type)]


async def test_a_request_error_from_the_provider_is_returned_at_once(http, gateway, customer, fake):
    fake.faults.configure("openai-us", FaultPlan(status=400))
    body = {"model": "openai/gpt-4o", "models": ["mistral/mistral-large"], "messages": CHAT}
    status, _, payload = await post(http, gateway, customer[2], body)
    assert status == 400
    assert_openai_error(payload)
    assert fake.faults.stats("mistral-eu")["requests"] == 0  # no fallback for the request's own fault


async def test_client_disconnect_mid_stream_records_what_was_delivered(gateway, customer, fake, events):
    fake.faults.configure("openai-us", FaultPlan(chunk_delay_ms=300))
    body = {"model": "openai/gpt-4o", "stream": True,
            "messages": [{"role": "user", "content": "a fairly long prompt so that many chunks follow"}]}
    async with aiohttp.ClientSession() as session:
        resp = await session.post(gateway.base_url + "/chat/completions", json=body,
                                  headers={"Authorization": f"Bearer {customer[2]}"})
        request_id = resp.headers["x-request-id"]
        first = await resp.content.readline()
        assert first.startswith(b"data: ")
        await asyncio.sleep(0.7)
        resp.close()  # the client goes away mid-stream
    [(data, _)] = await events.events(request_ids={request_id})
    assert (data["status"], data["http_status"], data["error_type"]) == (
        "client_disconnected", 200, "client_disconnected")
    assert data["fallback_chain"][-1]["outcome"] == "client_disconnected"
    assert data["completion_tokens"] >= 1  # what was delivered is billed


async def test_cut_stream_ends_with_an_error_frame_and_no_done(gateway, customer, fake, events):
    fake.faults.configure("openai-us", FaultPlan(cut_after=2))
    body = {"model": "openai/gpt-4o", "stream": True, "messages": [{"role": "user", "content": "cut me off"}]}
    async with aiohttp.ClientSession() as session:
        async with session.post(gateway.base_url + "/chat/completions", json=body,
                                headers={"Authorization": f"Bearer {customer[2]}"}) as resp:
            text = (await resp.read()).decode()
            request_id = resp.headers["x-request-id"]
    assert '"error"' in text and "[DONE]" not in text
    [(data, _)] = await events.events(request_ids={request_id})
    assert (data["status"], data["error_type"]) == ("error", "stream_interrupted")
    assert data["completion_tokens"] >= 1


async def test_client_gone_before_its_body_arrived_is_not_an_internal_error(gateway, customer, events):
    reader, writer = await asyncio.open_connection("127.0.0.1", gateway.port)
    writer.write(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
                 b"Authorization: Bearer " + customer[2].encode() + b"\r\n"
                 b"Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"model\": ")
    await writer.drain()
    await asyncio.sleep(0.3)
    writer.close()
    [(data, _)] = await events.events(count=1)
    assert (data["status"], data["http_status"], data["error_type"]) == (
        "client_disconnected", 499, "client_disconnected")
    assert data["customer_id"] == customer[0]
    assert "unhandled error" not in gateway.log_text()
