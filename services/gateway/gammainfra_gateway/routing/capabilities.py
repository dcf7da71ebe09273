"""What a chat request needs from a model, and which models can give it.

A request that uses tools, images, or a context larger than a model's window may
only go to models whose catalog entry supports that; when none of the requested
models does, the client gets a 400 naming the missing capability. The context
size is estimated in process from the characters of the messages (~4 per token):
the prompt itself never leaves the process, only the decision does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gammainfra_schemas.catalog import Model

from ..errors import InvalidRequest

CHARS_PER_TOKEN = 4


@dataclass(frozen=True)
class Needs:
    tools: bool
    vision: bool
    context_tokens: int  # estimated prompt tokens + requested output tokens


def _text_chars(content: Any) -> tuple[int, bool]:
    """(characters of text, whether an image is present) of one message's content."""
    if isinstance(content, str):
        return len(content), False
    chars, image = 0, False
    if isinstance(content, list):
        for part in content:
            if not isinstance(part, dict):
                continue
            if part.get("type") in ("image_url", "image", "input_image"):
                image = True
            text = part.get("text")
            if isinstance(text, str):
                chars += len(text)
    return chars, image


def needs_of(body: dict[str, Any]) -> Needs:
    chars, vision = 0, False
    for message in body.get("messages") or ():
        if isinstance(message, dict):
            message_chars, image = _text_chars(message.get("content"))
            chars += message_chars
            vision = vision or image
    output = body.get("max_completion_tokens") or body.get("max_tokens") or 0
    output = output if isinstance(output, int) and not isinstance(output, bool) else 0
    return Needs(tools=bool(body.get("tools")), vision=vision,
                 context_tokens=-(-chars // CHARS_PER_TOKEN) + output)


def missing(model: Model, needs: Needs) -> list[str]:
    gaps = []
    if needs.tools and not model.capabilities.tools:
        gaps.append("tools")
    if needs.vision and not model.capabilities.vision:
        gaps.append("vision")
    if needs.context_tokens > model.context_window:
        gaps.append("context_window")
    return gaps


PARAM = {"tools": "tools", "vision": "messages", "context_window": "messages"}
DESCRIBED = {"tools": "tool calling", "vision": "image input",
             "context_window": "a context window this large"}


def capable_models(models: list[Model], needs: Needs) -> list[Model]:
    """The models that can serve the request, in order; 400 if none can."""
    capable = [m for m in models if not missing(m, needs)]
    if capable:
        return capable
    gap = missing(models[0], needs)[0]
    detail = f" (about {needs.context_tokens} tokens needed, {models[0].context_window} available)" \
        if gap == "context_window" else ""
    names = ", ".join(f"'{m.id}'" for m in models)
    raise InvalidRequest(f"The request needs {DESCRIBED[gap]}, which {names} does not support{detail}.",
                         param=PARAM[gap], code=f"unsupported_{gap}")
