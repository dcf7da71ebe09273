"""Capability-aware model choice: tools, images and context size."""

from __future__ import annotations

import pytest

from gammainfra_gateway.errors import InvalidRequest
from gammainfra_gateway.routing.capabilities import capable_models, missing, needs_of
from gammainfra_schemas.catalog import load_catalog

CATALOG = load_catalog()
GPT4O = CATALOG.model("openai/gpt-4o")
IMAGE = {"role": "user", "content": [{"type": "text", "text": "what is this?"},
                                     {"type": "image_url", "image_url": {"url": "data:image/png;base64,AA=="}}]}
TOOLS = [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}]


def test_needs_are_read_from_the_request():
    needs = needs_of({"messages": [{"role": "user", "content": "x" * 400}], "max_tokens": 50, "tools": TOOLS})
    assert (needs.tools, needs.vision, needs.context_tokens) == (True, False, 150)
    assert needs_of({"messages": [IMAGE]}).vision is True
    assert needs_of({"messages": [{"role": "user", "content": "hi"}]}).tools is False


def test_a_model_without_vision_is_skipped_for_images():
    assert not CATALOG.model("deepseek/deepseek-chat").capabilities.vision
    needs = needs_of({"messages": [IMAGE]})
    assert missing(CATALOG.model("deepseek/deepseek-chat"), needs) == ["vision"]
    assert capable_models([CATALOG.model("deepseek/deepseek-chat"), GPT4O], needs) == [GPT4O]


def test_no_capable_model_is_a_400_naming_the_capability():
    needs = needs_of({"messages": [IMAGE]})
    with pytest.raises(InvalidRequest) as error:
        capable_models([CATALOG.model("deepseek/deepseek-chat")], needs)
    assert error.value.code == "unsupported_vision" and error.value.param == "messages"
    assert "image input" in error.value.message


def test_tools_need_a_tool_capable_model():
    no_tools = [m for m in CATALOG.models.values() if m.kind == "chat" and not m.capabilities.tools]
    assert no_tools, "the catalog has a chat model without tools"
    with pytest.raises(InvalidRequest) as error:
        capable_models([no_tools[0]], needs_of({"messages": [{"role": "user", "content": "x"}], "tools": TOOLS}))
    assert (error.value.code, error.value.param) == ("unsupported_tools", "tools")


def test_context_larger_than_the_window_is_refused_with_the_numbers():
    body = {"messages": [{"role": "user", "content": "x" * (GPT4O.context_window * 4 + 40)}]}
    with pytest.raises(InvalidRequest) as error:
        capable_models([GPT4O], needs_of(body))
    assert error.value.code == "unsupported_context_window"
    assert str(GPT4O.context_window) in error.value.message
    bigger = CATALOG.model("openai/gpt-4.1")
    assert capable_models([GPT4O, bigger], needs_of(body)) == [bigger]
