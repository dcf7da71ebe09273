"""Helpers for the fake provider tests: request bodies and strict SSE parsing."""

from __future__ import annotations

from typing import Any

import orjson

AUTH = {"Authorization": "Bearer sk-test"}
CHAT = "/openai-us/v1/chat/completions"


def chat_body(text: str = "hello", **extra: Any) -> dict[str, Any]:
    return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}], **extra}


def parse_sse(raw: bytes) -> list[Any]:
    """Every `data:` payload of an SSE body, strictly framed as OpenAI frames it:
    one `data: ...` line per event, events separated by a blank line."""
    assert raw.endswith(b"\n\n"), raw[-80:]
    events = []
    for block in raw[:-2].split(b"\n\n"):
        assert block.startswith(b"data: ") and b"\n" not in block, block
        payload = block[len(b"data: "):]
        events.append("[DONE]" if payload == b"[DONE]" else orjson.loads(payload))
    return events


async def read_until_cut(response: Any) -> tuple[bytes, BaseException | None]:
    """The body bytes received before the stream ended, and how it ended."""
    received = b""
    try:
        async for chunk in response.content.iter_any():
            received += chunk
    except Exception as exc:  # noqa: BLE001 - the test inspects which error it was
        return received, exc
    return received, None
