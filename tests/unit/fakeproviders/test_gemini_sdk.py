"""The official `google-genai` SDK against the fake: it must parse the fake's
answers, streams and errors as it parses Google's."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestServer

from gammainfra_fakeproviders.content import count_tokens
from gammainfra_fakeproviders.gemini_replies import THINKING_TOKENS

genai = pytest.importorskip("google.genai")
from google.genai import errors, types  # noqa: E402


@pytest.fixture
def sdk(server: TestServer):
    return genai.Client(api_key="AIzaSy-test", http_options=types.HttpOptions(
        base_url=str(server.make_url("/google-gemini/")), timeout=10_000))


async def test_generate_content(sdk) -> None:
    response = await sdk.aio.models.generate_content(
        model="gemini-2.5-flash", contents="hello from the sdk",
        config=types.GenerateContentConfig(system_instruction="Be kind.", temperature=0.3))
    assert response.text == "Echo: hello from the sdk"
    assert response.candidates[0].finish_reason == types.FinishReason.STOP
    usage = response.usage_metadata
    assert usage.prompt_token_count == count_tokens("Be kind.") + count_tokens("hello from the sdk")
    assert usage.candidates_token_count == count_tokens("Echo: hello from the sdk")
    assert usage.thoughts_token_count == THINKING_TOKENS
    assert response.model_version == "gemini-2.5-flash" and len(response.response_id) == 22


async def test_stream(sdk) -> None:
    chunks = [c async for c in await sdk.aio.models.generate_content_stream(
        model="gemini-2.5-flash", contents="stream this text please")]
    assert "".join(c.text for c in chunks) == "Echo: stream this text please"
    assert chunks[-1].candidates[0].finish_reason == types.FinishReason.STOP
    assert all(c.candidates[0].finish_reason is None for c in chunks[:-1])


async def test_function_call_and_block(sdk) -> None:
    weather = types.FunctionDeclaration(name="get_weather", parameters=types.Schema(
        type="OBJECT", properties={"city": types.Schema(type="STRING")}, required=["city"]))
    response = await sdk.aio.models.generate_content(
        model="gemini-2.5-flash", contents="weather in Oslo?",
        config=types.GenerateContentConfig(tools=[types.Tool(function_declarations=[weather])],
                                           automatic_function_calling={"disable": True}))
    assert response.function_calls[0].name == "get_weather"
    assert response.function_calls[0].args == {"city": "weather in Oslo?"}
    blocked = await sdk.aio.models.generate_content(model="gemini-2.5-flash", contents="BLOCKME")
    assert blocked.prompt_feedback.block_reason == types.BlockedReason.SAFETY and not blocked.candidates


async def test_errors_surface_as_sdk_errors(server: TestServer) -> None:
    client = genai.Client(api_key="AIzaSy-test", http_options=types.HttpOptions(
        base_url=str(server.make_url("/google-gemini/")), headers={"x-fake-status": "503"},
        retry_options=types.HttpRetryOptions(attempts=1)))
    with pytest.raises(errors.ServerError) as failed:
        await client.aio.models.generate_content(model="gemini-2.5-flash", contents="x")
    assert failed.value.code == 503 and failed.value.status == "UNAVAILABLE"
