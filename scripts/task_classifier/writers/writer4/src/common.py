"""Helpers for writing the hand-made writer4 training prompts (copied from the unseen3 hold-out's helpers).

Each prompt is one `ex(lang, *parts)` call. A plain string is a user turn, `S(...)` a system
prompt (only allowed first) and `A(...)` an assistant turn. `lang` is the language of the final
user instruction; it is kept only for the statistics and is not written to the jsonl.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Turn:
    role: str
    content: str


def S(text: str) -> Turn:
    return Turn("system", text)


def A(text: str) -> Turn:
    return Turn("assistant", text)


@dataclass(frozen=True)
class Example:
    lang: str
    messages: tuple[Turn, ...]


def ex(lang: str, *parts: "str | Turn") -> Example:
    turns = tuple(p if isinstance(p, Turn) else Turn("user", p) for p in parts)
    return Example(lang, turns)
