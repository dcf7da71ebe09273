"""gammainfra_fakeproviders.content: deterministic replies, token counts, vectors."""

from __future__ import annotations

import base64
import math
import struct

from gammainfra_fakeproviders import content


def test_count_tokens_is_about_four_chars_per_token() -> None:
    assert content.count_tokens("") == 0
    assert content.count_tokens("a") == 1
    assert content.count_tokens("abcd") == 1
    assert content.count_tokens("abcde") == 2
    assert content.count_tokens("x" * 4000) == 1000


def test_prompt_tokens_add_per_message_overhead() -> None:
    one = content.prompt_tokens([{"role": "user", "content": "hi"}])
    two = content.prompt_tokens([{"role": "system", "content": "hi"}, {"role": "user", "content": "hi"}])
    assert one == 3 + 3 + 1
    assert two == one + 3 + 1
    parts = [{"type": "text", "text": "hi"}, {"type": "image_url", "image_url": {"url": "data:"}}]
    assert content.prompt_tokens([{"role": "user", "content": parts}]) == one + content.IMAGE_TOKENS


def test_reply_echoes_last_user_message() -> None:
    messages = [{"role": "user", "content": "first"}, {"role": "assistant", "content": "x"},
                {"role": "user", "content": "canary-42"}]
    reply = content.reply_for(content.last_user_text(messages), None)
    assert reply == content.Reply("Echo: canary-42", content.count_tokens("Echo: canary-42"), False)


def test_reply_cut_by_max_tokens_is_truncated() -> None:
    reply = content.reply_for("word " * 100, 5)
    assert reply.truncated and reply.completion_tokens == 5
    assert reply.text == ("Echo: " + "word " * 100)[:20]


def test_reply_capped_by_default_is_not_a_length_finish() -> None:
    reply = content.reply_for("x" * 100_000, None)
    assert not reply.truncated
    assert reply.completion_tokens == content.DEFAULT_REPLY_TOKENS
    assert len(reply.text) == content.DEFAULT_REPLY_TOKENS * content.CHARS_PER_TOKEN


def test_stream_pieces_concatenate_to_the_text() -> None:
    for text in ["Echo: hello world", "  lead and trail  ", "x" * 50, "a\nb\tc", ""]:
        pieces = content.stream_pieces(text)
        assert "".join(pieces) == text
        assert all(len(p.strip()) <= 12 for p in pieces)
    assert content.stream_pieces("Echo: hello world") == ["Echo:", " hello", " world"]


def test_tool_arguments_follow_the_schema() -> None:
    schema = {"type": "object", "required": ["city", "days", "unit"],
              "properties": {"city": {"type": "string"}, "days": {"type": "integer"},
                             "unit": {"type": "string", "enum": ["c", "f"]}, "extra": {"type": "boolean"}}}
    assert content.arguments_for(schema, "weather?") == {"city": "weather?", "days": 1, "unit": "c"}
    assert content.arguments_for({"properties": {"q": {}}}, "t") == {"q": "t"}
    assert content.arguments_for(None, "t") == {}
    assert content.wants_tool("What's the WEATHER in Paris?") and not content.wants_tool("hello")


def test_embedding_vectors_are_deterministic_unit_vectors() -> None:
    a = content.embedding_vector("hello", 8)
    assert a == content.embedding_vector("hello", 8)
    assert a != content.embedding_vector("hello!", 8)
    assert len(a) == 8 and math.isclose(math.fsum(v * v for v in a), 1.0)
    assert len(content.embedding_vector("hello", 1536)) == 1536
    decoded = struct.unpack("<8f", base64.b64decode(content.embedding_base64(a)))
    assert all(math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-7) for x, y in zip(decoded, a))


def test_models_by_provider_prefix() -> None:
    assert "gpt-4o-mini" in content.models_for("openai-us")[1]
    assert content.models_for("groq-us")[1] == ("llama-3.3-70b-versatile", "llama-3.1-8b-instant")
    assert content.models_for("whatever")[1] == ("fake-chat", "fake-embedding")
