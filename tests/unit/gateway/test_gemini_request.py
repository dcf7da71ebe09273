"""OpenAI chat request -> Gemini GenerateContentRequest, on requests shaped like the
examples of Google's Gemini API reference (system instruction, multi-turn, images,
function declarations, function calls and responses, generation config)."""

from __future__ import annotations

import copy

import aiohttp
import pytest

from gammainfra_gateway.providers.base import UpstreamCall
from gammainfra_gateway.providers.gemini.adapter import GeminiAdapter
from gammainfra_gateway.providers.gemini.request import TranslationError, to_gemini_request
from gammainfra_gateway.providers.gemini.schema import to_gemini_schema
from gammainfra_schemas.catalog import load_catalog

from .helpers import candidate

TEMPERATURE_TOOL = {"type": "function", "function": {
    "name": "get_current_temperature", "description": "Gets the current temperature for a given location.",
    "parameters": {"type": "object", "properties": {
        "location": {"type": "string", "description": "The city name, e.g. San Francisco"}},
        "required": ["location"], "additionalProperties": False}}}
LIGHT_TOOLS = [
    {"type": "function", "function": {"name": "enable_lights", "description": "Turn on the lighting system.",
                                      "parameters": {"type": "object", "properties": {}}}},
    {"type": "function", "function": {"name": "set_light_color", "description": "Set the light color.",
                                      "parameters": {"type": "object", "properties": {
                                          "rgb_hex": {"type": "string", "description": "The light color."}},
                                          "required": ["rgb_hex"]}}},
]


def user(text):
    return {"role": "user", "content": text}


def test_system_instruction_and_single_turn():
    body = {"model": "google/gemini-2.5-flash", "messages": [
        {"role": "system", "content": "You are a cat. Your name is Neko."}, user("Hello there")]}
    assert to_gemini_request(body) == {
        "contents": [{"role": "user", "parts": [{"text": "Hello there"}]}],
        "system_instruction": {"parts": [{"text": "You are a cat. Your name is Neko."}]}}


def test_multi_turn_chat_with_developer_message_and_text_parts():
    body = {"messages": [
        {"role": "developer", "content": [{"type": "text", "text": "Be brief."}]},
        user("Hello"),
        {"role": "assistant", "content": "Great to meet you. What would you like to know?"},
        user([{"type": "text", "text": "I have two dogs in my house."},
              {"type": "text", "text": "How many paws are in my house?"}]),
        {"role": "system", "content": "Answer with a number."}]}
    before = copy.deepcopy(body)
    request = to_gemini_request(body)
    assert request["contents"] == [
        {"role": "user", "parts": [{"text": "Hello"}]},
        {"role": "model", "parts": [{"text": "Great to meet you. What would you like to know?"}]},
        {"role": "user", "parts": [{"text": "I have two dogs in my house."},
                                   {"text": "How many paws are in my house?"}]}]
    assert request["system_instruction"] == {"parts": [{"text": "Be brief."}, {"text": "Answer with a number."}]}
    assert body == before  # the caller's body is untouched


def test_images_data_url_inline_and_http_url_by_reference():
    body = {"messages": [user([
        {"type": "text", "text": "Caption these."},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
        {"type": "image_url", "image_url": {"url": "https://example.com/photos/cat.webp", "detail": "low"}},
        {"type": "image_url", "image_url": {"url": "https://example.com/render?id=7"}},
        {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "mp3"}}])]}
    assert to_gemini_request(body)["contents"][0]["parts"] == [
        {"text": "Caption these."},
        {"inline_data": {"mime_type": "image/png", "data": "iVBORw0KGgo="}},
        {"file_data": {"file_uri": "https://example.com/photos/cat.webp", "mime_type": "image/webp"}},
        {"file_data": {"file_uri": "https://example.com/render?id=7", "mime_type": "image/jpeg"}},
        {"inline_data": {"mime_type": "audio/mp3", "data": "UklGRg=="}}]


@pytest.mark.parametrize("url", ["data:image/png,notbase64", "ftp://example.com/a.png", ""])
def test_unusable_image_urls_are_refused_naming_the_part(url):
    body = {"messages": [user([{"type": "image_url", "image_url": {"url": url}}])]}
    with pytest.raises(TranslationError) as refused:
        to_gemini_request(body)
    assert refused.value.param == "messages[0].content[0]"
    assert refused.value.client_body()["error"]["code"] == "unsupported_for_provider"


def test_generation_config_from_sampling_parameters():
    body = {"messages": [user("Write a story")], "temperature": 1.0, "top_p": 0.8, "max_tokens": 50,
            "max_completion_tokens": 800, "stop": "Title", "n": 2, "seed": 7, "presence_penalty": 0.5,
            "frequency_penalty": 0.25, "user": "u-1", "parallel_tool_calls": False,
            "stream_options": {"include_usage": True}, "reasoning_effort": "low"}
    request = to_gemini_request(body)
    assert request["generationConfig"] == {
        "temperature": 1.0, "topP": 0.8, "candidateCount": 2, "presencePenalty": 0.5, "frequencyPenalty": 0.25,
        "seed": 7, "maxOutputTokens": 800, "stopSequences": ["Title"], "thinkingConfig": {"thinkingBudget": 1024}}
    assert set(request) == {"contents", "generationConfig"}  # OpenAI-only fields are not forwarded


def test_max_tokens_alone_and_stop_list():
    config = to_gemini_request({"messages": [user("x")], "max_tokens": 64, "stop": ["\n\n", "END"]})["generationConfig"]
    assert config == {"maxOutputTokens": 64, "stopSequences": ["\n\n", "END"]}
    assert "generationConfig" not in to_gemini_request({"messages": [user("x")], "temperature": None})


def test_json_object_and_json_schema_response_formats():
    assert to_gemini_request({"messages": [user("x")], "response_format": {"type": "json_object"}})[
        "generationConfig"] == {"responseMimeType": "application/json"}
    schema = {"type": "object", "additionalProperties": False, "required": ["recipe_name"],
              "properties": {"recipe_name": {"type": "string"},
                             "ingredients": {"type": "array", "items": {"type": "string"}}}}
    body = {"messages": [user("List a few cookie recipes")],
            "response_format": {"type": "json_schema", "json_schema": {"name": "recipe", "strict": True,
                                                                        "schema": schema}}}
    assert to_gemini_request(body)["generationConfig"] == {"responseMimeType": "application/json", "responseSchema": {
        "type": "object", "required": ["recipe_name"],
        "properties": {"recipe_name": {"type": "string"},
                       "ingredients": {"type": "array", "items": {"type": "string"}}}}}
    assert "generationConfig" not in to_gemini_request({"messages": [user("x")], "response_format": {"type": "text"}})


def test_tools_become_function_declarations_with_gemini_schemas():
    request = to_gemini_request({"messages": [user("What's the temperature in London?")],
                                 "tools": [TEMPERATURE_TOOL] + LIGHT_TOOLS})
    assert request["tools"] == [{"functionDeclarations": [
        {"name": "get_current_temperature", "description": "Gets the current temperature for a given location.",
         "parameters": {"type": "object", "properties": {
             "location": {"type": "string", "description": "The city name, e.g. San Francisco"}},
             "required": ["location"]}},
        # Gemini rejects an OBJECT without properties: no parameters at all instead.
        {"name": "enable_lights", "description": "Turn on the lighting system."},
        {"name": "set_light_color", "description": "Set the light color.", "parameters": {
            "type": "object", "properties": {"rgb_hex": {"type": "string", "description": "The light color."}},
            "required": ["rgb_hex"]}}]}]
    assert "toolConfig" not in request


@pytest.mark.parametrize(("choice", "config"), [
    ("auto", {"mode": "AUTO"}),
    ("none", {"mode": "NONE"}),
    ("required", {"mode": "ANY"}),
    ({"type": "function", "function": {"name": "set_light_color"}},
     {"mode": "ANY", "allowedFunctionNames": ["set_light_color"]}),
])
def test_tool_choice_becomes_function_calling_config(choice, config):
    request = to_gemini_request({"messages": [user("Turn the lights down")], "tools": LIGHT_TOOLS,
                                 "tool_choice": choice})
    assert request["toolConfig"] == {"functionCallingConfig": config}


def test_tool_choice_without_tools_is_dropped_and_bad_choice_refused():
    assert "toolConfig" not in to_gemini_request({"messages": [user("x")], "tool_choice": "required"})
    with pytest.raises(TranslationError) as refused:
        to_gemini_request({"messages": [user("x")], "tools": LIGHT_TOOLS, "tool_choice": "sometimes"})
    assert refused.value.param == "tool_choice"


def test_tool_calls_and_results_round_trip_with_names_from_call_ids():
    body = {"tools": [TEMPERATURE_TOOL], "messages": [
        user("Temperature in London and Paris?"),
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_a", "type": "function",
             "function": {"name": "get_current_temperature", "arguments": '{"location": "London"}'}},
            {"id": "call_b", "type": "function",
             "function": {"name": "get_current_temperature", "arguments": '{"location": "Paris"}'}}]},
        {"role": "tool", "tool_call_id": "call_a", "content": '{"temperature": 25, "unit": "Celsius"}'},
        {"role": "tool", "tool_call_id": "call_b", "content": "22 degrees"},
        {"role": "assistant", "content": "London 25C, Paris 22C."},
        user("And Rome?"),
        {"role": "assistant", "tool_calls": [{"id": "call_c", "type": "function",
                                              "function": {"name": "get_current_temperature", "arguments": ""}}]},
        {"role": "tool", "tool_call_id": "call_c", "content": [{"type": "text", "text": "[20, 21]"}]}]}
    assert to_gemini_request(body)["contents"] == [
        {"role": "user", "parts": [{"text": "Temperature in London and Paris?"}]},
        {"role": "model", "parts": [
            {"functionCall": {"name": "get_current_temperature", "args": {"location": "London"}}},
            {"functionCall": {"name": "get_current_temperature", "args": {"location": "Paris"}}}]},
        {"role": "user", "parts": [  # both results answer the parallel calls in one turn
            {"functionResponse": {"name": "get_current_temperature",
                                  "response": {"temperature": 25, "unit": "Celsius"}}},
            {"functionResponse": {"name": "get_current_temperature", "response": {"result": "22 degrees"}}}]},
        {"role": "model", "parts": [{"text": "London 25C, Paris 22C."}]},
        {"role": "user", "parts": [{"text": "And Rome?"}]},
        {"role": "model", "parts": [{"functionCall": {"name": "get_current_temperature", "args": {}}}]},
        {"role": "user", "parts": [{"functionResponse": {"name": "get_current_temperature",
                                                         "response": {"result": [20, 21]}}}]}]


def test_legacy_function_message_uses_its_name():
    body = {"messages": [user("x"), {"role": "function", "name": "lookup", "content": "{\"ok\": true}"}]}
    assert to_gemini_request(body)["contents"][1] == {
        "role": "user", "parts": [{"functionResponse": {"name": "lookup", "response": {"ok": True}}}]}


@pytest.mark.parametrize(("body", "param"), [
    ({"messages": [user("x"), {"role": "tool", "tool_call_id": "call_unknown", "content": "1"}]},
     "messages[1].tool_call_id"),
    ({"messages": [{"role": "assistant", "tool_calls": [
        {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{not json"}}]}]},
     "messages[0].tool_calls[0].function.arguments"),
    ({"messages": [{"role": "assistant", "tool_calls": [
        {"id": "c", "type": "function", "function": {"name": "f", "arguments": "[1]"}}]}]},
     "messages[0].tool_calls[0].function.arguments"),
    ({"messages": [user("x")], "tools": [{"type": "web_search"}]}, "tools[0]"),
    ({"messages": [user("x")], "tools": [{"type": "function", "function": {"description": "no name"}}]},
     "tools[0].function.name"),
    ({"messages": [user("x")], "functions": [{"name": "f"}]}, "functions"),
    ({"messages": [user([{"type": "video", "video": "x"}])]}, "messages[0].content[0]"),
    ({"messages": [user("x")], "response_format": {"type": "yaml"}}, "response_format.type"),
])
def test_untranslatable_requests_name_the_parameter(body, param):
    with pytest.raises(TranslationError) as refused:
        to_gemini_request(body)
    assert refused.value.param == param
    assert "not json" not in str(refused.value)  # the message never quotes the content


def test_schema_rewrites_refs_nullables_and_unknown_keywords():
    pydantic_style = {
        "$defs": {"Unit": {"type": "string", "enum": ["C", "F"], "title": "Unit"}},
        "type": "object", "title": "Args", "additionalProperties": False, "$schema": "x",
        "properties": {
            "unit": {"$ref": "#/$defs/Unit", "description": "Temperature unit"},
            "days": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}], "default": None},
            "tags": {"type": ["array", "null"], "items": {"type": "string", "const": "hot"}},
            "either": {"oneOf": [{"type": "string"}, {"type": "number"}]},
            "mixed": {"type": ["string", "integer"]}},
        "required": ["unit"]}
    assert to_gemini_schema(pydantic_style) == {
        "type": "object", "title": "Args", "required": ["unit"],
        "properties": {
            "unit": {"type": "string", "enum": ["C", "F"], "title": "Unit", "description": "Temperature unit"},
            "days": {"type": "integer", "minimum": 1, "default": None, "nullable": True},
            "tags": {"type": "array", "nullable": True, "items": {"type": "string", "enum": ["hot"]}},
            "either": {"anyOf": [{"type": "string"}, {"type": "number"}]},
            "mixed": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}}


def test_schema_recursive_refs_are_cut_off():
    tree = {"$defs": {"Node": {"type": "object", "properties": {"child": {"$ref": "#/$defs/Node"}}}},
            "$ref": "#/$defs/Node"}
    converted = to_gemini_schema(tree)
    depth, node = 0, converted
    while "properties" in node:
        node, depth = node["properties"]["child"], depth + 1
    assert node == {"type": "object"} and depth == 8


def test_urls_keep_the_catalog_base_path_and_use_real_gemini_paths():
    catalog = load_catalog()
    cand = candidate(catalog, "google/gemini-2.5-flash", "google-gemini", template="http://fake.test/{endpoint}/")
    call = UpstreamCall(cand, {"messages": [user("x")]}, aiohttp.ClientTimeout(total=5))
    assert GeminiAdapter._url(call, "generateContent") == \
        "http://fake.test/google-gemini/v1beta/models/gemini-2.5-flash:generateContent"
    assert GeminiAdapter._url(call, "streamGenerateContent") == \
        "http://fake.test/google-gemini/v1beta/models/gemini-2.5-flash:streamGenerateContent"
