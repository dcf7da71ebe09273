"""RequestRecord.to_event: the llm.requests.v1 event validates against the real schema and is priced
with the real pricing rule at the served offering."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest

from gammainfra_gateway.providers.base import Usage
from gammainfra_gateway.record import Attempt, RequestRecord, new_request_id
from gammainfra_gateway.requests import estimate_tokens
from gammainfra_gateway.routing.candidates import ROUTING_VERSION
from gammainfra_gateway.routing.health import HealthView
from gammainfra_schemas.catalog import load_catalog
from gammainfra_schemas.compiled import compiled_validator_for
from gammainfra_schemas.llm_requests_v1 import CE_DATASCHEMA, CE_SOURCE, CE_TYPE, LlmRequestEvent
from gammainfra_schemas.pricing import platform_fee, price_usage
from gammainfra_schemas.topics import validator_for

from .helpers import GENERATED_AT_MS, FakeClock, candidate, snapshot

TOPIC, VERSION = "llm.requests.v1", 1
CUSTOMER, KEY_ID = "cus_0123456789abcdef", "abcdefgh2345"
STARTED = datetime(2026, 11, 27, 9, 30, 15, 123456, tzinfo=UTC)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def assert_valid(data: dict) -> None:
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in validator_for(TOPIC, VERSION).iter_errors(data)]
    assert compiled_validator_for(TOPIC, VERSION).is_valid(data), errors
    assert errors == []
    LlmRequestEvent.from_dict(data)  # the typed model agrees too


def new_record(**fields) -> RequestRecord:
    return RequestRecord(new_request_id(), route="/v1/chat/completions", started_at=STARTED,
                         customer_id=CUSTOMER, api_key_id=KEY_ID, **fields)


def test_success_with_one_attempt(catalog):
    cand = candidate(catalog, "openai/gpt-4o", "openai-us")
    rec = new_record(model_requested="openai/gpt-4o")
    rec.attempts.append(Attempt(cand, "success", None, 812))
    rec.served_by = cand
    rec.usage = Usage(prompt_tokens=1200, completion_tokens=350, cache_read_tokens=200)
    rec.mark_first_byte()
    view = HealthView(stale_after_s=30, clock=FakeClock(GENERATED_AT_MS / 1000 + 1.5))
    view.replace(snapshot({}, version=77))
    rec.health = view.marker()

    event = rec.to_event(catalog)
    data = event.data
    assert_valid(data)
    assert (event.type, event.source, event.dataschema) == (CE_TYPE, CE_SOURCE, CE_DATASCHEMA)
    assert orjson.loads(event.value()) == data

    # (1000 uncached * 2.5 + 200 cached * 1.25 + 350 out * 10.0) $/Mtok = 6250 micro-USD; 5% fee, half up.
    cost = price_usage(cand.offering, 1200, 350, 200, 0)
    assert data["cost_micro_usd"] == cost == 6250
    assert data["platform_fee_micro_usd"] == platform_fee(cost, False, catalog.fees) == 313
    assert type(data["cost_micro_usd"]) is int and type(data["platform_fee_micro_usd"]) is int
    assert data["request_id"] == rec.request_id and data["request_id"].startswith("req_")
    assert (data["customer_id"], data["api_key_id"]) == (CUSTOMER, KEY_ID)
    assert data["started_at"] == "2026-11-27T09:30:15.123Z"
    assert data["finished_at"].endswith("Z")
    assert (data["model_requested"], data["model_dispatched"]) == ("openai/gpt-4o", "openai/gpt-4o")
    assert (data["provider"], data["endpoint"], data["byok"]) == ("openai", "openai-us", False)
    assert (data["status"], data["http_status"], data["stream"]) == ("success", 200, False)
    assert (data["prompt_tokens"], data["completion_tokens"]) == (1200, 350)
    assert (data["cache_read_tokens"], data["cache_write_tokens"]) == (200, 0)
    assert isinstance(data["ttfb_ms"], int) and 0 <= data["ttfb_ms"] <= data["latency_ms"]
    assert data["fallback_chain"] == [{"provider": "openai", "endpoint": "openai-us", "model": "openai/gpt-4o",
                                       "outcome": "success", "error_type": None, "latency_ms": 812}]
    assert data["health_cache"] == {"snapshot_version": 77, "age_ms": 1500, "stale": False}
    assert (data["routing_version"], data["catalog_version"]) == (ROUTING_VERSION, catalog.version)
    assert (data["error_type"], data["error_provider"], data["task_label"]) == (None, None, "chat")


def test_fallback_with_two_attempts_is_priced_at_the_served_endpoint(catalog):
    first = candidate(catalog, "meta/llama-3.3-70b", "groq-us")
    second = candidate(catalog, "meta/llama-3.3-70b", "bedrock-us-east-1")
    rec = new_record(model_requested="meta/llama-3.3-70b")
    rec.attempts += [Attempt(first, "error", "rate_limited", 41), Attempt(second, "success", None, 950)]
    rec.served_by = second
    rec.usage = Usage(prompt_tokens=1000, completion_tokens=500)
    rec.mark_first_byte()

    data = rec.to_event(catalog).data
    assert_valid(data)
    cost = price_usage(second.offering, 1000, 500)
    assert data["cost_micro_usd"] == cost == 1080                  # Bedrock: 0.72 $/Mtok in and out
    assert cost != price_usage(first.offering, 1000, 500)          # Groq would have been 985
    assert data["platform_fee_micro_usd"] == platform_fee(cost, False, catalog.fees) == 54
    assert (data["provider"], data["endpoint"], data["model_dispatched"]) == \
        ("bedrock", "bedrock-us-east-1", "meta/llama-3.3-70b")
    assert [(a["endpoint"], a["outcome"], a["error_type"], a["latency_ms"]) for a in data["fallback_chain"]] == [
        ("groq-us", "error", "rate_limited", 41), ("bedrock-us-east-1", "success", None, 950)]
    assert (data["status"], data["error_type"], data["error_provider"]) == ("success", None, None)
    assert data["health_cache"] == {"snapshot_version": None, "age_ms": None, "stale": True}


def test_rejection_with_no_attempt(catalog):
    rec = new_record()
    rec.fail("rejected", 400, "invalid_request")

    data = rec.to_event(catalog).data
    assert_valid(data)
    assert data["model_requested"] is None
    assert (data["model_dispatched"], data["provider"], data["endpoint"]) == (None, None, None)
    assert (data["status"], data["http_status"], data["error_type"], data["error_provider"]) == \
        ("rejected", 400, "invalid_request", None)
    assert data["fallback_chain"] == []
    assert (data["cost_micro_usd"], data["platform_fee_micro_usd"]) == (0, 0)
    assert data["ttfb_ms"] is None
    assert data["prompt_tokens"] == data["completion_tokens"] == 0


def test_stream_cut_after_first_byte_is_an_error_billed_for_what_was_delivered(catalog):
    cand = candidate(catalog, "deepseek/deepseek-chat", "deepseek-cn")
    rec = new_record(model_requested="deepseek/deepseek-chat", stream=True)
    rec.attempts.append(Attempt(cand, "success", None, 120))
    rec.served_by = cand
    rec.mark_first_byte()
    # What handlers/streaming.py does when the provider stream breaks mid-way.
    rec.attempts[-1].outcome, rec.attempts[-1].error_type = "error", "stream_interrupted"
    rec.fail("error", 200, "stream_interrupted", cand.offering.provider)
    rec.usage = Usage(completion_tokens=estimate_tokens(4001))

    data = rec.to_event(catalog).data
    assert_valid(data)
    assert (data["status"], data["http_status"], data["stream"]) == ("error", 200, True)
    assert (data["error_type"], data["error_provider"]) == ("stream_interrupted", "deepseek")
    assert data["fallback_chain"][0]["outcome"] == "error"
    assert data["fallback_chain"][0]["error_type"] == "stream_interrupted"
    assert (data["prompt_tokens"], data["completion_tokens"]) == (0, 1001)
    cost = price_usage(cand.offering, 0, 1001)
    assert data["cost_micro_usd"] == cost == 420                   # 1001 * 0.42 $/Mtok, half up
    assert data["platform_fee_micro_usd"] == platform_fee(cost, False, catalog.fees) == 21
    assert data["ttfb_ms"] is not None


def test_all_attempts_failed_names_the_last_candidate_and_costs_nothing(catalog):
    first = candidate(catalog, "openai/gpt-4o-mini", "openai-us")
    second = candidate(catalog, "mistral/mistral-small", "mistral-eu")
    rec = new_record(model_requested="openai/gpt-4o-mini")
    rec.attempts += [Attempt(first, "error", "upstream_server_error", 30), Attempt(second, "error", "timeout", 60)]
    rec.fail("error", 504, "timeout", "mistral")

    data = rec.to_event(catalog).data
    assert_valid(data)
    assert (data["provider"], data["endpoint"], data["model_dispatched"]) == \
        ("mistral", "mistral-eu", "mistral/mistral-small")
    assert (data["cost_micro_usd"], data["platform_fee_micro_usd"]) == (0, 0)
    assert (data["status"], data["http_status"], data["error_provider"]) == ("error", 504, "mistral")


def test_the_validator_is_not_vacuous(catalog):
    rec = RequestRecord(new_request_id(), route="/v1/chat/completions")   # no customer: never emitted
    data = rec.to_event(catalog).data
    assert not compiled_validator_for(TOPIC, VERSION).is_valid(data)
    paths = {"/".join(map(str, e.absolute_path)) for e in validator_for(TOPIC, VERSION).iter_errors(data)}
    assert paths == {"customer_id", "api_key_id"}
