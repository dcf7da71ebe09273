"""A fallback chain that crosses providers and wire formats: Anthropic down ->
Bedrock's Claude throttled in every region -> OpenAI. Each hop is translated; the
event records the whole chain."""

from __future__ import annotations

import openai
import pytest

from gammainfra_fakeproviders.faults import FaultPlan

pytestmark = pytest.mark.integration
BEDROCK = ("bedrock-us-east-1", "bedrock-us-west-2", "bedrock-eu-central-1")


async def test_anthropic_then_bedrock_then_openai(gateway, customer, fake, events):
    fake.faults.configure("anthropic-us", FaultPlan(status=529))
    for endpoint in BEDROCK:
        fake.faults.configure(endpoint, FaultPlan(status=429))
    client = openai.AsyncOpenAI(base_url=gateway.base_url, api_key=customer[2], max_retries=0)
    completion = await client.chat.completions.create(
        model="anthropic/claude-sonnet-4", messages=[{"role": "user", "content": "cross the providers"}],
        extra_body={"models": ["openai/gpt-4o"]})
    assert completion.choices[0].message.content == "Echo: cross the providers"
    assert completion.model == "openai/gpt-4o"
    [(data, _)] = await events.events(count=1)
    chain = [(a["provider"], a["endpoint"], a["outcome"], a["error_type"]) for a in data["fallback_chain"]]
    assert chain[0] == ("anthropic", "anthropic-us", "error", "upstream_server_error")
    assert chain[1:4] == [("bedrock", e, "error", "rate_limited") for e in BEDROCK]
    assert chain[4] == ("openai", "openai-us", "success", None)
    assert (data["model_requested"], data["model_dispatched"], data["provider"]) == (
        "anthropic/claude-sonnet-4", "openai/gpt-4o", "openai")


async def test_streaming_crosses_providers_before_the_first_byte(gateway, customer, fake, events):
    fake.faults.configure("anthropic-us", FaultPlan(status=529))
    client = openai.AsyncOpenAI(base_url=gateway.base_url, api_key=customer[2], max_retries=0)
    stream = await client.chat.completions.create(
        model="anthropic/claude-sonnet-4", stream=True, messages=[{"role": "user", "content": "stream across"}])
    text = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
    assert text == "Echo: stream across"
    [(data, _)] = await events.events(count=1)
    assert [a["provider"] for a in data["fallback_chain"]] == ["anthropic", "bedrock"]
    assert data["endpoint"] == "bedrock-us-east-1" and data["status"] == "success"
