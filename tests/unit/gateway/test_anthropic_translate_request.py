"""OpenAI chat requests -> Anthropic Messages requests, on the shapes of Anthropic's
public API reference (messages, vision, tool use) and of OpenAI's."""

from __future__ import annotations

import copy

import pytest

from gammainfra_gateway.providers.anthropic.translate_request import TranslationError, openai_to_anthropic_request

MODEL = "claude-sonnet-4-20250514"
JPEG_B64 = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR8eHR"
ANT_URL = "https://upload.wikimedia.org/wikipedia/commons/a/a7/Camponotus_flavomarginatus_ant.jpg"
WEATHER = {"type": "function", "function": {
    "name": "get_weather", "description": "Get the current weather in a given location",
    "parameters": {"type": "object", "properties": {
        "location": {"type": "string", "description": "The city and state, e.g. San Francisco, CA"},
        "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}}, "required": ["location"]}}}
ANTHROPIC_WEATHER = {"name": "get_weather", "description": "Get the current weather in a given location",
                     "input_schema": WEATHER["function"]["parameters"]}


def translate(body: dict, default_max_tokens: int = 4096) -> dict:
    return openai_to_anthropic_request(body, upstream_model=MODEL, default_max_tokens=default_max_tokens)


def test_system_and_multi_turn():
    body = {"model": "anthropic/claude-sonnet-4", "messages": [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "Hello there."},
        {"role": "assistant", "content": "Hi, I'm Claude. How can I help you?"},
        {"role": "user", "content": "Can you explain LLMs in plain English?"}]}
    before = copy.deepcopy(body)
    assert translate(body) == {
        "model": MODEL, "max_tokens": 4096, "system": "You are a helpful assistant.",
        "messages": [{"role": "user", "content": "Hello there."},
                     {"role": "assistant", "content": "Hi, I'm Claude. How can I help you?"},
                     {"role": "user", "content": "Can you explain LLMs in plain English?"}]}
    assert body == before  # the caller's body is untouched


def test_system_and_developer_messages_anywhere_join_the_top_level_system_in_order():
    body = {"messages": [{"role": "developer", "content": [{"type": "text", "text": "Be terse."}]},
                         {"role": "user", "content": "hi"},
                         {"role": "system", "content": "Answer in French."}]}
    out = translate(body)
    assert out["system"] == [{"type": "text", "text": "Be terse."}, {"type": "text", "text": "Answer in French."}]
    assert out["messages"] == [{"role": "user", "content": "hi"}]


def test_cache_control_on_a_text_part_is_kept():
    body = {"messages": [{"role": "system", "content": [
        {"type": "text", "text": "<the entire contents of Pride and Prejudice>",
         "cache_control": {"type": "ephemeral"}}]},
        {"role": "user", "content": "Analyze the major themes."}]}
    assert translate(body)["system"] == [{"type": "text", "text": "<the entire contents of Pride and Prejudice>",
                                          "cache_control": {"type": "ephemeral"}}]


def test_consecutive_same_role_messages_are_merged():
    body = {"messages": [{"role": "user", "content": "first"}, {"role": "user", "content": "second"},
                         {"role": "assistant", "content": "a"}, {"role": "assistant", "content": "b"},
                         {"role": "user", "content": "third"}]}
    assert translate(body)["messages"] == [
        {"role": "user", "content": [{"type": "text", "text": "first"}, {"type": "text", "text": "second"}]},
        {"role": "assistant", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]},
        {"role": "user", "content": "third"}]


def test_an_empty_assistant_turn_is_dropped_and_its_neighbours_merge():
    body = {"messages": [{"role": "user", "content": "one"}, {"role": "assistant", "content": ""},
                         {"role": "user", "content": "two"}]}
    assert translate(body)["messages"] == [
        {"role": "user", "content": [{"type": "text", "text": "one"}, {"type": "text", "text": "two"}]}]


def test_images_data_url_becomes_base64_and_http_url_becomes_url_source():
    body = {"messages": [{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": f"data:image/jpeg;base64,{JPEG_B64}"}},
        {"type": "image_url", "image_url": {"url": ANT_URL, "detail": "low"}},
        {"type": "text", "text": "Describe these images."}]}]}
    assert translate(body)["messages"] == [{"role": "user", "content": [
        {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": JPEG_B64}},
        {"type": "image", "source": {"type": "url", "url": ANT_URL}},
        {"type": "text", "text": "Describe these images."}]}]


@pytest.mark.parametrize("url", ["data:image/png,notbase64", "data:;base64,AAAA", ""])
def test_malformed_image_urls_name_the_part(url):
    body = {"messages": [{"role": "user", "content": [{"type": "text", "text": "x"},
                                                      {"type": "image_url", "image_url": {"url": url}}]}]}
    with pytest.raises(TranslationError) as caught:
        translate(body)
    assert caught.value.param == "messages[0].content[1]"


def test_pdf_file_part_becomes_a_document_block():
    body = {"messages": [{"role": "user", "content": [
        {"type": "file", "file": {"filename": "a.pdf", "file_data": "data:application/pdf;base64,JVBERi0x"}}]}]}
    assert translate(body)["messages"][0]["content"] == [
        {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBERi0x"}}]


def test_unsupported_part_and_role_are_refused_with_param():
    with pytest.raises(TranslationError) as caught:
        translate({"messages": [{"role": "user", "content": [{"type": "input_audio", "input_audio": {}}]}]})
    assert caught.value.param == "messages[0].content[0]"
    with pytest.raises(TranslationError) as caught:
        translate({"messages": [{"role": "function", "name": "f", "content": "x"}]})
    assert caught.value.param == "messages[0].role"
    with pytest.raises(TranslationError) as caught:
        translate({"messages": [{"role": "user", "content": "x"}], "n": 2})
    assert caught.value.param == "n"


def test_tools_and_a_full_tool_round_trip():
    body = {"tools": [WEATHER], "messages": [
        {"role": "user", "content": "What's the weather like in San Francisco?"},
        {"role": "assistant", "content": "I'll check the current weather in San Francisco for you.", "tool_calls": [
            {"id": "toolu_01A09q90qw90lq917835lq9", "type": "function", "function": {
                "name": "get_weather", "arguments": '{"location": "San Francisco, CA", "unit": "celsius"}'}}]},
        {"role": "tool", "tool_call_id": "toolu_01A09q90qw90lq917835lq9", "content": "15 degrees"}]}
    out = translate(body)
    assert out["tools"] == [ANTHROPIC_WEATHER]
    assert "tool_choice" not in out  # auto is Anthropic's default
    assert out["messages"] == [
        {"role": "user", "content": "What's the weather like in San Francisco?"},
        {"role": "assistant", "content": [
            {"type": "text", "text": "I'll check the current weather in San Francisco for you."},
            {"type": "tool_use", "id": "toolu_01A09q90qw90lq917835lq9", "name": "get_weather",
             "input": {"location": "San Francisco, CA", "unit": "celsius"}}]},
        {"role": "user", "content": [
            {"type": "tool_result", "tool_use_id": "toolu_01A09q90qw90lq917835lq9", "content": "15 degrees"}]}]


def test_parallel_tool_results_share_one_user_turn_before_any_text():
    body = {"tools": [WEATHER], "messages": [
        {"role": "user", "content": "Weather in Paris and Oslo?"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "toolu_a", "type": "function",
             "function": {"name": "get_weather", "arguments": '{"location":"Paris"}'}},
            {"id": "toolu_b", "type": "function",
             "function": {"name": "get_weather", "arguments": '{"location":"Oslo"}'}}]},
        {"role": "tool", "tool_call_id": "toolu_a", "content": [{"type": "text", "text": "18C"}]},
        {"role": "tool", "tool_call_id": "toolu_b", "content": "9C"},
        {"role": "user", "content": "Which is warmer?"}]}
    turns = translate(body)["messages"]
    assert [t["role"] for t in turns] == ["user", "assistant", "user"]
    assert [b["type"] for b in turns[1]["content"]] == ["tool_use", "tool_use"]  # no empty text block
    assert turns[2]["content"] == [
        {"type": "tool_result", "tool_use_id": "toolu_a", "content": [{"type": "text", "text": "18C"}]},
        {"type": "tool_result", "tool_use_id": "toolu_b", "content": "9C"},
        {"type": "text", "text": "Which is warmer?"}]


def test_tool_call_arguments_must_be_a_json_object():
    body = {"messages": [{"role": "assistant", "tool_calls": [
        {"id": "t", "type": "function", "function": {"name": "f", "arguments": "{not json"}}]}]}
    with pytest.raises(TranslationError) as caught:
        translate(body)
    assert caught.value.param == "messages[0].tool_calls[0].function.arguments"


@pytest.mark.parametrize(("choice", "parallel", "expected"), [
    ("auto", None, None),
    ("required", None, {"type": "any"}),
    ({"type": "function", "function": {"name": "get_weather"}}, None, {"type": "tool", "name": "get_weather"}),
    ("auto", False, {"type": "auto", "disable_parallel_tool_use": True}),
    ("required", False, {"type": "any", "disable_parallel_tool_use": True}),
])
def test_tool_choice(choice, parallel, expected):
    body = {"messages": [{"role": "user", "content": "x"}], "tools": [WEATHER], "tool_choice": choice}
    if parallel is not None:
        body["parallel_tool_calls"] = parallel
    out = translate(body)
    assert out["tools"] == [ANTHROPIC_WEATHER]
    assert out.get("tool_choice") == expected


def test_tool_choice_none_drops_the_tools():
    out = translate({"messages": [{"role": "user", "content": "x"}], "tools": [WEATHER], "tool_choice": "none"})
    assert "tools" not in out and "tool_choice" not in out


def test_tool_choice_none_keeps_tools_when_the_history_uses_them():
    # Anthropic needs tool definitions whenever tool_use/tool_result blocks are present.
    body = {"tools": [WEATHER], "tool_choice": "none", "messages": [
        {"role": "user", "content": "weather?"},
        {"role": "assistant", "tool_calls": [{"id": "t1", "type": "function",
                                              "function": {"name": "get_weather", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "t1", "content": "sunny"}]}
    out = translate(body)
    assert out["tools"] == [ANTHROPIC_WEATHER] and out["tool_choice"] == {"type": "none"}


def test_a_tool_without_parameters_gets_an_empty_object_schema():
    out = translate({"messages": [{"role": "user", "content": "x"}],
                     "tools": [{"type": "function", "function": {"name": "ping"}}]})
    assert out["tools"] == [{"name": "ping", "input_schema": {"type": "object", "properties": {}}}]


def test_stop_max_tokens_and_sampling():
    out = translate({"messages": [{"role": "user", "content": "x"}], "stop": "\n\nHuman:", "max_tokens": 256,
                     "temperature": 0.7, "top_p": 0.9, "user": "user-42", "seed": 7, "presence_penalty": 0.5,
                     "logprobs": False, "response_format": {"type": "text"}, "stream_options": {"include_usage": True}})
    assert out == {"model": MODEL, "max_tokens": 256, "messages": [{"role": "user", "content": "x"}],
                   "stop_sequences": ["\n\nHuman:"], "temperature": 0.7, "top_p": 0.9,
                   "metadata": {"user_id": "user-42"}}  # OpenAI-only fields are not sent: Anthropic rejects them


def test_stop_list_max_completion_tokens_wins_and_temperature_is_capped_at_one():
    out = translate({"messages": [{"role": "user", "content": "x"}], "stop": ["END", "STOP"],
                     "max_tokens": 10, "max_completion_tokens": 20, "temperature": 1.6, "stream": True})
    assert (out["stop_sequences"], out["max_tokens"], out["temperature"], out["stream"]) == (
        ["END", "STOP"], 20, 1.0, True)


def test_max_tokens_defaults_to_the_catalog_value():
    assert translate({"messages": [{"role": "user", "content": "x"}]}, default_max_tokens=8192)["max_tokens"] == 8192
