"""OpenAI chat request -> Bedrock Converse request: messages, system, images, tools,
tool results, inferenceConfig (shapes as in the Converse API reference)."""

from __future__ import annotations

import base64
import copy

import pytest

from gammainfra_gateway.providers.bedrock.request import Untranslatable, to_converse

PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n fake image bytes").decode()
WEATHER_TOOL = {"type": "function", "function": {
    "name": "get_weather", "description": "Current weather in a city",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}


def chat(*messages, **extra):
    return {"model": "anthropic/claude-sonnet-4", "messages": list(messages), **extra}


def user(content):
    return {"role": "user", "content": content}


def test_minimal_request_gets_the_catalog_default_max_tokens():
    assert to_converse(chat(user("Hello")), 4096) == {
        "messages": [{"role": "user", "content": [{"text": "Hello"}]}],
        "inferenceConfig": {"maxTokens": 4096}}


def test_system_and_developer_messages_become_system_blocks_in_order():
    converse = to_converse(chat({"role": "system", "content": "You are terse."},
                                {"role": "developer", "content": [{"type": "text", "text": "Answer in French."}]},
                                user("Hi")), 1024)
    assert converse["system"] == [{"text": "You are terse."}, {"text": "Answer in French."}]
    assert converse["messages"] == [{"role": "user", "content": [{"text": "Hi"}]}]


def test_multi_turn_conversation_keeps_roles_and_order():
    converse = to_converse(chat(user("What is 2+2?"), {"role": "assistant", "content": "4"},
                                user("And times 3?")), 1024)
    assert converse["messages"] == [
        {"role": "user", "content": [{"text": "What is 2+2?"}]},
        {"role": "assistant", "content": [{"text": "4"}]},
        {"role": "user", "content": [{"text": "And times 3?"}]}]


def test_consecutive_same_role_messages_merge_into_one_turn():
    converse = to_converse(chat(user("first"), user([{"type": "text", "text": "second"}])), 1024)
    assert converse["messages"] == [{"role": "user", "content": [{"text": "first"}, {"text": "second"}]}]


def test_empty_text_is_dropped_because_converse_rejects_blank_blocks():
    converse = to_converse(chat(user("q"), {"role": "assistant", "content": ""}, user("again")), 1024)
    assert converse["messages"] == [{"role": "user", "content": [{"text": "q"}, {"text": "again"}]}]


@pytest.mark.parametrize(("mime", "fmt"), [("png", "png"), ("jpeg", "jpeg"), ("jpg", "jpeg"),
                                           ("gif", "gif"), ("webp", "webp")])
def test_data_url_images_become_image_blocks_with_base64_bytes(mime, fmt):
    message = user([{"type": "text", "text": "What is in this picture?"},
                    {"type": "image_url", "image_url": {"url": f"data:image/{mime};base64,{PNG}", "detail": "low"}}])
    converse = to_converse(chat(message), 1024)
    assert converse["messages"][0]["content"] == [
        {"text": "What is in this picture?"},
        {"image": {"format": fmt, "source": {"bytes": PNG}}}]


@pytest.mark.parametrize(("url", "needle"), [
    ("https://example.com/cat.png", "data URLs"),
    ("data:image/tiff;base64," + PNG, "image/tiff"),
    ("data:image/png;base64,not*base64!", "not valid base64"),
])
def test_images_converse_cannot_take_are_a_400_naming_the_part(url, needle):
    with pytest.raises(Untranslatable) as caught:
        to_converse(chat(user([{"type": "image_url", "image_url": {"url": url}}])), 1024)
    assert needle in caught.value.message
    assert caught.value.param == "messages[0].content[0].image_url"


def test_inference_config_maps_sampling_and_stop():
    converse = to_converse(chat(user("x"), max_tokens=256, temperature=0.5, top_p=0.9, stop="END"), 4096)
    assert converse["inferenceConfig"] == {"maxTokens": 256, "temperature": 0.5, "topP": 0.9,
                                           "stopSequences": ["END"]}


def test_max_completion_tokens_wins_and_stop_lists_pass_as_lists():
    converse = to_converse(chat(user("x"), max_completion_tokens=64, max_tokens=999, stop=["a", "b"],
                                temperature=0), 4096)
    assert converse["inferenceConfig"] == {"maxTokens": 64, "temperature": 0, "stopSequences": ["a", "b"]}


def test_fields_without_converse_equivalent_are_dropped():
    converse = to_converse(chat(user("x"), seed=7, n=1, user="u-1", logprobs=False,
                                stream_options={"include_usage": True}), 100)
    assert set(converse) == {"messages", "inferenceConfig"}


def test_tools_become_tool_specs_and_tool_choice_maps():
    body = chat(user("weather in Paris?"), tools=[WEATHER_TOOL, {"type": "function", "function": {"name": "noop"}}])
    converse = to_converse(body, 1024)
    assert converse["toolConfig"] == {"tools": [
        {"toolSpec": {"name": "get_weather", "description": "Current weather in a city",
                      "inputSchema": {"json": WEATHER_TOOL["function"]["parameters"]}}},
        {"toolSpec": {"name": "noop", "inputSchema": {"json": {"type": "object", "properties": {}}}}}]}
    assert to_converse({**body, "tool_choice": "auto"}, 1)["toolConfig"]["toolChoice"] == {"auto": {}}
    assert to_converse({**body, "tool_choice": "required"}, 1)["toolConfig"]["toolChoice"] == {"any": {}}
    named = {"type": "function", "function": {"name": "get_weather"}}
    assert to_converse({**body, "tool_choice": named}, 1)["toolConfig"]["toolChoice"] == {
        "tool": {"name": "get_weather"}}


def test_tool_choice_none_drops_tools_unless_the_history_uses_them():
    fresh = chat(user("weather?"), tools=[WEATHER_TOOL], tool_choice="none")
    assert "toolConfig" not in to_converse(fresh, 1)
    history = chat(user("weather?"), {"role": "assistant", "content": None, "tool_calls": [
        {"id": "tooluse_1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "tooluse_1", "content": "sunny"}, tools=[WEATHER_TOOL], tool_choice="none")
    config = to_converse(history, 1)["toolConfig"]
    assert [t["toolSpec"]["name"] for t in config["tools"]] == ["get_weather"] and "toolChoice" not in config


def test_tool_round_trip_becomes_tool_use_and_tool_result_blocks():
    body = chat(
        user("What's the weather in Paris and Rome?"),
        {"role": "assistant", "content": "Let me check both.", "tool_calls": [
            {"id": "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "type": "function",
             "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}},
            {"id": "tooluse_2", "type": "function",
             "function": {"name": "get_weather", "arguments": '{"city":"Rome"}'}}]},
        {"role": "tool", "tool_call_id": "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "content": "18C, sunny"},
        {"role": "tool", "tool_call_id": "tooluse_2", "content": [{"type": "text", "text": "25C"}]},
        user("Which is warmer?"),
        tools=[WEATHER_TOOL])
    original = copy.deepcopy(body)
    messages = to_converse(body, 1024)["messages"]
    assert body == original  # the client's body is not modified
    assert messages == [
        {"role": "user", "content": [{"text": "What's the weather in Paris and Rome?"}]},
        {"role": "assistant", "content": [
            {"text": "Let me check both."},
            {"toolUse": {"toolUseId": "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "name": "get_weather",
                         "input": {"city": "Paris"}}},
            {"toolUse": {"toolUseId": "tooluse_2", "name": "get_weather", "input": {"city": "Rome"}}}]},
        # Parallel tool results and the next question share one user turn (roles must alternate).
        {"role": "user", "content": [
            {"toolResult": {"toolUseId": "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "content": [{"text": "18C, sunny"}]}},
            {"toolResult": {"toolUseId": "tooluse_2", "content": [{"text": "25C"}]}},
            {"text": "Which is warmer?"}]}]


@pytest.mark.parametrize(("message", "param"), [
    ({"role": "assistant", "content": None, "tool_calls": [
        {"id": "t1", "type": "function", "function": {"name": "f", "arguments": "[1, 2]"}}]},
     "messages[1].tool_calls[0].function.arguments"),
    ({"role": "assistant", "content": None, "tool_calls": [
        {"id": "t1", "type": "function", "function": {"name": "f", "arguments": "{not json"}}]},
     "messages[1].tool_calls[0].function.arguments"),
    ({"role": "tool", "content": "result without id"}, "messages[1].tool_call_id"),
    ({"role": "function", "name": "f", "content": "legacy"}, "messages[1].role"),
    ({"role": "user", "content": [{"type": "input_audio", "input_audio": {}}]}, "messages[1].content[0]"),
])
def test_untranslatable_messages_name_their_param(message, param):
    with pytest.raises(Untranslatable) as caught:
        to_converse(chat(user("start"), message), 1024)
    assert caught.value.param == param


def test_a_conversation_of_only_system_messages_is_refused():
    with pytest.raises(Untranslatable) as caught:
        to_converse(chat({"role": "system", "content": "only me"}), 1024)
    assert caught.value.param == "messages"
