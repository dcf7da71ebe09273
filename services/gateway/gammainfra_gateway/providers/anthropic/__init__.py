"""Anthropic Messages (`POST /v1/messages`), the `anthropic_messages` API style.

Pure translations between OpenAI's chat shapes and Anthropic's (no I/O, no aiohttp;
the inbound `/v1/messages` API reuses them): `maps` (stop reasons, error types,
usage), `translate_request`, `translate_response`, `translate_stream`. The adapter
that calls the provider is `adapter.AnthropicAdapter`.
"""

from .maps import (ANTHROPIC_ERRORS, FINISH_REASONS, STOP_REASONS, anthropic_error_type_for_status, finish_reason_for,
                   openai_error_body, openai_usage, stream_error_for, upstream_error_for, usage_from)
from .translate_request import TranslationError, openai_to_anthropic_request
from .translate_response import anthropic_to_openai_response
from .translate_stream import StreamTranslator

__all__ = ["ANTHROPIC_ERRORS", "FINISH_REASONS", "STOP_REASONS", "StreamTranslator", "TranslationError",
           "anthropic_error_type_for_status", "anthropic_to_openai_response", "finish_reason_for",
           "openai_error_body", "openai_to_anthropic_request", "openai_usage", "stream_error_for",
           "upstream_error_for", "usage_from"]
