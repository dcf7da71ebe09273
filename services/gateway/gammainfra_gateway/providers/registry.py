"""Adapters by API style: the OpenAI-compatible family (OpenAI, Groq, DeepSeek, xAI,
Mistral) and the native Anthropic Messages, Gemini and Bedrock Converse adapters.
A catalog provider whose api_style has no adapter here is simply not routable."""

from __future__ import annotations

from .http import Session

from .anthropic.adapter import AnthropicAdapter
from .base import Adapter
from .bedrock import BedrockConverseAdapter
from .gemini import GeminiAdapter
from .openai_compat import OpenAICompatibleAdapter


class AdapterRegistry:
    def __init__(self, adapters: list[Adapter]) -> None:
        self._by_style = {adapter.api_style: adapter for adapter in adapters}

    @property
    def styles(self) -> set[str]:
        return set(self._by_style)

    def for_style(self, api_style: str) -> Adapter:
        return self._by_style[api_style]


def default_registry(session: Session) -> AdapterRegistry:
    return AdapterRegistry([OpenAICompatibleAdapter(session), AnthropicAdapter(session),
                            BedrockConverseAdapter(session), GeminiAdapter(session)])
