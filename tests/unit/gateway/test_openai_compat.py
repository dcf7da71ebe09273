"""The pure parts of the OpenAI-compatible adapter (usage, per-provider quirks) and status classification."""

from __future__ import annotations

import copy

import aiohttp
import pytest

from gammainfra_gateway.providers.base import UpstreamCall, Usage, classify_status
from gammainfra_gateway.providers.openai_compat import QUIRKS, OpenAICompatibleAdapter, Quirks, usage_from
from gammainfra_schemas.catalog import load_catalog
from gammainfra_schemas.llm_requests_v1 import ATTEMPT_ERROR_TYPES

from .helpers import candidate

TEMPLATE = "http://fake.test/{endpoint}/"   # trailing slash: build_upstreams strips it
MODELS = {"openai": ("openai/gpt-4o", "openai-us"), "groq": ("meta/llama-3.3-70b", "groq-us"),
          "deepseek": ("deepseek/deepseek-chat", "deepseek-cn"), "xai": ("xai/grok-3", "xai-us"),
          "mistral": ("mistral/mistral-large", "mistral-eu")}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def prepare(catalog, provider: str, body: dict, *, stream: bool):
    model_id, endpoint_id = MODELS[provider]
    call = UpstreamCall(candidate(catalog, model_id, endpoint_id, template=TEMPLATE), body,
                        aiohttp.ClientTimeout(total=5))
    return OpenAICompatibleAdapter(session=None)._prepare(call, stream=stream)


def chat(**extra):
    return {"model": "public/id", "messages": [{"role": "user", "content": "hi"}], **extra}


# --- usage ----------------------------------------------------------------------------------

def test_usage_from_nothing_is_none():
    assert usage_from(None) is None
    assert usage_from({}) is None


def test_usage_from_counts():
    assert usage_from({"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19}) == Usage(12, 7, 0, 0)


def test_usage_from_cached_tokens_are_cache_reads():
    raw = {"prompt_tokens": 2048, "completion_tokens": 10, "prompt_tokens_details": {"cached_tokens": 1536}}
    assert usage_from(raw) == Usage(prompt_tokens=2048, completion_tokens=10, cache_read_tokens=1536,
                                    cache_write_tokens=0)


def test_usage_from_tolerates_nulls_and_missing_parts():
    assert usage_from({"prompt_tokens": 5, "completion_tokens": None, "prompt_tokens_details": None}) == \
        Usage(5, 0, 0, 0)
    assert usage_from({"prompt_tokens": 8}) == Usage(8, 0, 0, 0)            # embeddings report no completion
    assert usage_from({"prompt_tokens": 9, "prompt_tokens_details": {"cached_tokens": None}}) == Usage(9, 0, 0, 0)


# --- quirks ---------------------------------------------------------------------------------

def test_quirks_table():
    assert QUIRKS["openai"] == QUIRKS["xai"] == Quirks(stream_options=True, max_tokens_field=None)
    assert QUIRKS["groq"] == QUIRKS["deepseek"] == Quirks(stream_options=True, max_tokens_field="max_tokens")
    assert QUIRKS["mistral"] == Quirks(stream_options=False, max_tokens_field="max_tokens")


def test_openai_stream_asks_for_usage_and_keeps_fields(catalog):
    body = chat(max_completion_tokens=100, stream_options={"include_usage": False, "x": 1}, seed=3)
    before = copy.deepcopy(body)
    url, sent, quirks = prepare(catalog, "openai", body, stream=True)
    assert url == "http://fake.test/openai-us/v1"
    assert quirks is QUIRKS["openai"]
    assert sent == {"model": "gpt-4o", "messages": body["messages"], "max_completion_tokens": 100,
                    "stream": True, "stream_options": {"include_usage": True, "x": 1}, "seed": 3}
    assert body == before                                            # the caller's body is untouched


def test_non_stream_adds_no_stream_fields(catalog):
    _, sent, _ = prepare(catalog, "xai", chat(max_completion_tokens=64), stream=False)
    assert sent == {"model": "grok-3", "messages": [{"role": "user", "content": "hi"}],
                    "max_completion_tokens": 64}


def test_mistral_stream_has_no_stream_options_and_renames_max_tokens(catalog):
    body = chat(stream=True, stream_options={"include_usage": True}, max_completion_tokens=50)
    _, sent, _ = prepare(catalog, "mistral", body, stream=True)
    assert "stream_options" not in sent
    assert sent["stream"] is True
    assert sent["model"] == "mistral-large-latest"
    assert (sent.get("max_tokens"), "max_completion_tokens" in sent) == (50, False)
    assert body["stream_options"] == {"include_usage": True}


@pytest.mark.parametrize("provider", ["groq", "deepseek"])
@pytest.mark.parametrize("stream", [False, True])
def test_groq_and_deepseek_rename_max_completion_tokens(catalog, provider, stream):
    _, sent, _ = prepare(catalog, provider, chat(max_completion_tokens=256), stream=stream)
    assert sent["max_tokens"] == 256
    assert "max_completion_tokens" not in sent
    if stream:
        assert sent["stream_options"] == {"include_usage": True}


@pytest.mark.parametrize("provider", ["groq", "deepseek", "mistral"])
def test_explicit_max_tokens_wins_over_max_completion_tokens(catalog, provider):
    _, sent, _ = prepare(catalog, provider, chat(max_tokens=10, max_completion_tokens=256), stream=False)
    assert sent["max_tokens"] == 10
    assert "max_completion_tokens" not in sent


@pytest.mark.parametrize("provider", ["groq", "deepseek", "mistral", "openai"])
def test_no_rename_without_max_completion_tokens(catalog, provider):
    _, sent, _ = prepare(catalog, provider, chat(), stream=False)
    assert "max_tokens" not in sent and "max_completion_tokens" not in sent


def test_upstream_model_replaces_the_public_id(catalog):
    _, sent, _ = prepare(catalog, "groq", chat(), stream=False)
    assert sent["model"] == "llama-3.3-70b-versatile"


# --- status classification ------------------------------------------------------------------

@pytest.mark.parametrize(("status", "error_type", "retriable"), [
    (429, "rate_limited", True),
    (500, "upstream_server_error", True),
    (502, "upstream_server_error", True),
    (503, "upstream_server_error", True),
    (529, "upstream_server_error", True),
    (401, "upstream_auth_error", True),
    (403, "upstream_auth_error", True),
    (408, "timeout", True),
    (400, "upstream_client_error", False),
    (404, "upstream_client_error", False),
    (413, "upstream_client_error", False),
    (422, "upstream_client_error", False),
])
def test_classify_status(status, error_type, retriable):
    body = {"error": {"message": "bad", "type": "invalid_request_error"}}
    error = classify_status(status, "7", body)
    assert (error.error_type, error.retriable, error.status) == (error_type, retriable, status)
    assert error.error_type in ATTEMPT_ERROR_TYPES
    # Only a request the provider refused on its merits carries the provider's body back to the client.
    assert error.client_body == (body if not retriable else None)


def test_classify_status_429_keeps_retry_after():
    assert classify_status(429, "12", None).retry_after == "12"
    assert classify_status(429, None, None).retry_after is None
