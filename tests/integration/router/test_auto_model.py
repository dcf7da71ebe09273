"""model "auto": the routing policy picks per task label, honours route.prefer and
route.max_price, and the choice is the response's `model` and the event's
`model_dispatched` (model_requested stays "auto"), plain and streaming."""

from __future__ import annotations

import aiohttp
import orjson
import pytest

from gammainfra_schemas.routing_policy import load_routing_policy
from gammainfra_schemas.topics import validator_for
from tests.integration.gateway.harness import EventTail

from .harness import wait_snapshot

pytestmark = [pytest.mark.integration, pytest.mark.timing]

CODE = "Write a Python function that reverses a singly linked list and explain its complexity."
SUMMARY = ("Summarize the following report in three bullet points: revenue grew 12% year over year, "
           "costs were flat, and the company opened two new offices in Lisbon and Warsaw.")


async def auto(http, gateway, key: str, prompt: str, route: dict | None = None, stream: bool = False):
    body = {"model": "auto", "messages": [{"role": "user", "content": prompt}], "stream": stream}
    if route is not None:
        body["route"] = route
    async with http.post(f"{gateway.base_url}/chat/completions", json=body,
                         headers={"Authorization": f"Bearer {key}"}) as resp:
        request_id = resp.headers.get("x-request-id")
        if stream:
            models = {orjson.loads(line[6:])["model"] for line in (await resp.text()).splitlines()
                      if line.startswith("data: {")}
            assert resp.status == 200 and len(models) == 1
            return request_id, models.pop()
        payload = await resp.json()
        return request_id, (payload["model"] if resp.status == 200 else (resp.status, payload))


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
async def test_auto_picks_per_label_and_honours_prefer_and_max_price(fake, gateway, start_router, make_customer,
                                                                     redis, stream):
    await start_router()
    customer_id, key = await make_customer()
    tail = await EventTail(customer_id=customer_id).mark()
    cases = [  # (prompt, route, expected model) under routing policy 2026-11-26.1 and catalog prices
        (CODE, None, "anthropic/claude-sonnet-4"),             # quality: the code prior's best
        (CODE, {"prefer": "cost"}, "deepseek/deepseek-chat"),   # 0.28 + 0.42 $/Mtok, cheapest
        (CODE, {"max_price": 8}, "openai/gpt-4.1"),             # Sonnet's $15/Mtok output is over the cap
        (CODE, {"prefer": "quality", "max_price": 1}, "deepseek/deepseek-chat"),
        (SUMMARY, None, "google/gemini-2.5-flash"),
    ]
    seen = {}
    async with aiohttp.ClientSession() as http:
        for prompt, route, expected in cases:
            request_id, model = await auto(http, gateway, key, prompt, route, stream)
            assert model == expected, (route, model)
            seen[request_id] = expected
    events = {d["request_id"]: d for d, _ in await tail.events(request_ids=set(seen))}
    validator = validator_for("llm.requests.v1", 1)
    for request_id, expected in seen.items():
        event = events[request_id]
        assert validator.is_valid(event)
        assert (event["model_requested"], event["model_dispatched"]) == ("auto", expected)
        assert event["routing_version"] == load_routing_policy().version
        assert event["stream"] is stream
    assert {events[r]["task_label"] for r in seen} == {"code", "summarization"}
    # The router's per-label statistics (what auto re-ranks with) now know these models.
    doc = await wait_snapshot(redis, lambda d: "anthropic/claude-sonnet-4" in d["labels"].get("code", {}),
                              what="per-label stats for code")
    assert doc["labels"]["code"]["anthropic/claude-sonnet-4"]["success_rate"] == 1.0


async def test_auto_avoids_a_model_whose_endpoints_are_all_down(fake, gateway, start_router, make_customer, redis):
    from gammainfra_fakeproviders.faults import FaultPlan

    from .harness import gateway_routes_on, state_of
    await start_router()
    _, key = await make_customer()
    sonnet = ["anthropic-us", "bedrock-us-east-1", "bedrock-us-west-2", "bedrock-eu-central-1"]
    for endpoint in sonnet:
        fake.faults.configure(endpoint, FaultPlan(status=503))
    async with aiohttp.ClientSession() as http:
        for _ in range(3):  # each falls back past every Sonnet endpoint to the next candidate
            _, model = await auto(http, gateway, key, CODE)
            assert model == "openai/gpt-4.1"
        pairs = [f"{e}|anthropic/claude-sonnet-4" for e in sonnet]
        down = await wait_snapshot(redis, lambda d: all(state_of(d, p) == "down" for p in pairs), what="Sonnet down")
        await gateway_routes_on(gateway, down)
        before = sum(fake.faults.stats(e)["requests"] for e in sonnet)
        _, model = await auto(http, gateway, key, CODE)
        assert model == "openai/gpt-4.1"
        assert sum(fake.faults.stats(e)["requests"] for e in sonnet) == before  # not even tried


@pytest.mark.parametrize(("route", "model", "param", "code"), [
    ({"prefer": "speed"}, "auto", "route.prefer", None),
    ({"max_price": -2}, "auto", "route.max_price", None),
    ({"max_price": "cheap"}, "auto", "route.max_price", None),
    ({"max_price": 0.01}, "auto", "route.max_price", "no_model_within_max_price"),
    ({"prefer": "cost"}, "openai/gpt-4o", "route", None),
    ("fastest", "auto", "route", None),
])
async def test_bad_route_is_an_openai_shaped_400(fake, gateway, make_customer, route, model, param, code):
    _, key = await make_customer()
    body = {"model": model, "messages": [{"role": "user", "content": CODE}], "route": route}
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{gateway.base_url}/chat/completions", json=body,
                             headers={"Authorization": f"Bearer {key}"}) as resp:
            payload = await resp.json()
    assert resp.status == 400
    assert payload["error"]["type"] == "invalid_request_error" and payload["error"]["param"] == param
    assert payload["error"]["message"]
    if code:
        assert payload["error"]["code"] == code
