"""Inbound request bodies: JSON decoding, chat and embeddings validation, what goes upstream."""

from __future__ import annotations

import copy

import pytest

from gammainfra_gateway.errors import InvalidRequest
from gammainfra_gateway.requests import (TYPED_FIELDS, decode_json, estimate_tokens, parse_chat,
                                         parse_embeddings)
from gammainfra_gateway.routing.preferences import ProviderPreferences


def chat(**extra):
    return {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "hi"}], **extra}


def invalid(parse, body) -> InvalidRequest:
    with pytest.raises(InvalidRequest) as err:
        parse(body)
    assert err.value.status == 400
    assert err.value.type == "invalid_request_error"
    return err.value


# --- decode_json ----------------------------------------------------------------------------

def test_decode_json_returns_the_object():
    assert decode_json(b'{"model": "x", "n": 1}') == {"model": "x", "n": 1}


@pytest.mark.parametrize(("raw", "says"), [
    (b"", "empty"),
    (b"{not json", "not valid JSON"),
    (b'{"a": 1', "not valid JSON"),
    (b"\xff\xfe", "not valid JSON"),
    (b"   ", "not valid JSON"),
    (b"[1, 2]", "must be a JSON object"),
    (b'"text"', "must be a JSON object"),
    (b"null", "must be a JSON object"),
    (b"42", "must be a JSON object"),
])
def test_decode_json_errors_are_invalid_request(raw, says):
    error = invalid(decode_json, raw)
    assert says in error.message
    assert error.param is None


# --- parse_chat: required fields ------------------------------------------------------------

def test_missing_model():
    error = invalid(parse_chat, {"messages": [{"role": "user", "content": "hi"}]})
    assert (error.param, error.code) == ("model", "missing_required_parameter")


@pytest.mark.parametrize("model", ["", 5, ["openai/gpt-4o"]])
def test_bad_model(model):
    error = invalid(parse_chat, chat(model=model))
    assert error.param == "model"
    assert error.code is None


def test_missing_messages():
    error = invalid(parse_chat, {"model": "openai/gpt-4o"})
    assert (error.param, error.code) == ("messages", "missing_required_parameter")


@pytest.mark.parametrize(("messages", "param"), [
    ([], "messages"),
    ("hi", "messages"),
    ({"role": "user"}, "messages"),
    (["hi"], "messages[0]"),
    ([{"role": "user", "content": "a"}, None], "messages[1]"),
    ([{"role": "user", "content": "a"}, {"role": "robot", "content": "b"}], "messages[1].role"),
    ([{"content": "no role"}], "messages[0].role"),
    ([{"role": 5}], "messages[0].role"),
    ([{"role": "User"}], "messages[0].role"),
])
def test_bad_messages_name_the_param(messages, param):
    assert invalid(parse_chat, chat(messages=messages)).param == param


@pytest.mark.parametrize("role", [["user"], {"name": "user"}])
def test_unhashable_role_is_invalid_request(role):
    assert invalid(parse_chat, chat(messages=[{"role": role, "content": "x"}])).param == "messages[0].role"


@pytest.mark.parametrize("role", ["system", "developer", "user", "assistant", "tool", "function"])
def test_every_openai_role_is_accepted(role):
    assert parse_chat(chat(messages=[{"role": role, "content": "x"}])).model == "openai/gpt-4o"


# --- parse_chat: typed fields ---------------------------------------------------------------

BAD_VALUES = {
    "stream": "yes",
    "stream_options": [],
    "max_tokens": 1.5,
    "max_completion_tokens": "100",
    "n": "2",
    "temperature": "hot",
    "top_p": "0.9",
    "presence_penalty": [0.1],
    "frequency_penalty": {},
    "seed": 1.5,
    "stop": 5,
    "tools": {},
    "tool_choice": 1,
    "response_format": "json_object",
    "user": 42,
    "logprobs": "true",
    "parallel_tool_calls": 1,
}


def test_every_typed_field_has_a_bad_value_case():
    assert set(BAD_VALUES) == set(TYPED_FIELDS)


@pytest.mark.parametrize(("name", "value"), sorted(BAD_VALUES.items()))
def test_wrong_type_names_the_field(name, value):
    error = invalid(parse_chat, chat(**{name: value}))
    assert error.param == name
    assert error.message == f"'{name}' must be {TYPED_FIELDS[name][1]}."


@pytest.mark.parametrize("name", ["max_tokens", "max_completion_tokens", "n", "seed", "temperature", "top_p",
                                  "presence_penalty", "frequency_penalty"])
@pytest.mark.parametrize("value", [True, False])
def test_bool_is_not_a_number(name, value):
    assert invalid(parse_chat, chat(**{name: value})).param == name


@pytest.mark.parametrize(("name", "value"), [("max_tokens", 0), ("max_tokens", -5),
                                             ("max_completion_tokens", 0), ("n", 0)])
def test_counts_must_be_at_least_one(name, value):
    error = invalid(parse_chat, chat(**{name: value}))
    assert (error.param, error.message) == (name, f"'{name}' must be at least 1.")


@pytest.mark.parametrize("value", [-0.1, 2.01, 3, -1])
def test_temperature_out_of_bounds(value):
    error = invalid(parse_chat, chat(temperature=value))
    assert (error.param, error.message) == ("temperature", "'temperature' must be between 0 and 2.")


@pytest.mark.parametrize("value", [0, 0.0, 1, 1.7, 2])
def test_temperature_in_bounds(value):
    assert parse_chat(chat(temperature=value)).upstream_body["temperature"] == value


def test_null_typed_fields_are_ignored():
    parsed = parse_chat(chat(stream=None, max_tokens=None, temperature=None, tools=None))
    assert parsed.stream is False


def test_good_typed_values_pass():
    body = chat(stream=True, stream_options={"include_usage": True}, max_tokens=10, max_completion_tokens=20,
                n=1, temperature=0.5, top_p=1, presence_penalty=-1.5, frequency_penalty=0.0, seed=7,
                stop=["\n"], tools=[{"type": "function", "function": {"name": "f"}}], tool_choice="auto",
                response_format={"type": "json_object"}, user="u-1", logprobs=False, parallel_tool_calls=True)
    parsed = parse_chat(body)
    assert parsed.stream is True
    assert parsed.upstream_body == body


# --- parse_chat: what goes upstream ---------------------------------------------------------

def test_gateway_fields_removed_unknown_fields_passed_through_untouched():
    response_format = {"type": "json_schema", "json_schema": {"name": "x", "schema": {"type": "object"}}}
    logit_bias = {"50256": -100}
    metadata = {"team": "search"}
    body = chat(provider={"order": ["OpenAI"], "allow_fallbacks": False, "sort": "price"},
                models=["openai/gpt-4o-mini"], route="fallback", seed=1234, response_format=response_format,
                logit_bias=logit_bias, metadata=metadata, store=False, service_tier="auto",
                reasoning_effort="low")
    before = copy.deepcopy(body)
    parsed = parse_chat(body)
    assert parsed.model == "openai/gpt-4o"
    assert parsed.fallback_models == ("openai/gpt-4o-mini",)
    assert parsed.preferences == ProviderPreferences(order=("openai",), allow_fallbacks=False, sort="price")
    assert parsed.stream is False
    assert parsed.upstream_body == {
        "model": "openai/gpt-4o", "messages": [{"role": "user", "content": "hi"}], "seed": 1234,
        "response_format": response_format, "logit_bias": logit_bias, "metadata": metadata, "store": False,
        "service_tier": "auto", "reasoning_effort": "low"}
    assert parsed.upstream_body["response_format"] is response_format
    assert parsed.upstream_body["logit_bias"] is logit_bias
    assert parsed.upstream_body["metadata"] is metadata
    assert body == before                                         # the client's body is not mutated


def test_bad_gateway_fields_are_reported_through_parse_chat():
    assert invalid(parse_chat, chat(provider={"sort": "fast"})).param == "provider.sort"
    assert invalid(parse_chat, chat(models=[f"m/{i}" for i in range(6)])).param == "models"
    assert invalid(parse_chat, chat(models="openai/gpt-4o-mini")).param == "models"


# --- parse_embeddings -----------------------------------------------------------------------

def emb(**extra):
    return {"model": "openai/text-embedding-3-small", "input": "hello", **extra}


@pytest.mark.parametrize("value", ["hello", ["a", "b"], [1, 2, 3], [[1, 2], [3]]])
def test_embeddings_accepted_inputs(value):
    parsed = parse_embeddings(emb(input=value))
    assert parsed.upstream_body["input"] == value
    assert parsed.stream is False


def test_embeddings_missing_input():
    error = invalid(parse_embeddings, {"model": "openai/text-embedding-3-small"})
    assert (error.param, error.code) == ("input", "missing_required_parameter")


@pytest.mark.parametrize("value", [5, 1.5, [], {}, {"text": "a"}, [1.5], [None], [["a"]], [[1, "2"]], [{"a": 1}]])
def test_embeddings_bad_inputs(value):
    assert invalid(parse_embeddings, emb(input=value)).param == "input"


@pytest.mark.parametrize("value", [[True, False], [[True, 1]]])
def test_embeddings_bool_is_not_a_token(value):
    assert invalid(parse_embeddings, emb(input=value)).param == "input"


@pytest.mark.parametrize("value", ["hex", 1, "FLOAT"])
def test_embeddings_bad_encoding_format(value):
    assert invalid(parse_embeddings, emb(encoding_format=value)).param == "encoding_format"


def test_embeddings_upstream_body_keeps_unknown_fields_and_drops_gateway_ones():
    parsed = parse_embeddings(emb(encoding_format="base64", dimensions=256, user="u",
                                  provider={"only": ["openai"]}, models=["x/y"], route="fallback"))
    assert parsed.upstream_body == {"model": "openai/text-embedding-3-small", "input": "hello",
                                    "encoding_format": "base64", "dimensions": 256, "user": "u"}
    assert parsed.preferences.only == frozenset({"openai"})
    assert parsed.fallback_models == ("x/y",)


def test_embeddings_missing_model():
    error = invalid(parse_embeddings, {"input": "x"})
    assert (error.param, error.code) == ("model", "missing_required_parameter")


@pytest.mark.parametrize(("chars", "tokens"), [(0, 0), (1, 1), (4, 1), (5, 2), (400, 100)])
def test_estimate_tokens_rounds_up(chars, tokens):
    assert estimate_tokens(chars) == tokens
