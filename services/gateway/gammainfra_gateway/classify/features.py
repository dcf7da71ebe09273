"""Features of a chat request for the task-label model: sparse string features,
the same at training time (scripts/train_task_classifier.py imports this) and
at inference, so the two cannot drift.

Bounded work whatever the prompt length: the instruction text is the last user
message outside ``` fences, cut to its first HEAD_CHARS and last TAIL_CHARS;
the system prompt to SYSTEM_CHARS; at most MAX_TOKENS word tokens and
MAX_CJK_BIGRAMS character bigrams. Shape features (fence, code symbols, math
symbols, length) read at most SHAPE_CHARS of the message; fences are removed from
at most INSTRUCTION_SCAN characters at each end; character 5-grams come from at
most CHAR_HEAD_WORDS + CHAR_TAIL_WORDS words. Pure; no I/O.
"""

from __future__ import annotations

import re
from typing import Any

HEAD_CHARS = 500
TAIL_CHARS = 200
SYSTEM_CHARS = 240
SHAPE_CHARS = 4_000
MAX_TOKENS = 120
MAX_CJK_BIGRAMS = 60
INSTRUCTION_SCAN = 1_500  # characters from each end searched for fences
START_WORDS = 5
END_WORDS = 6
# Character 5-grams of the words where the request usually is (its first and last words): they
# carry inflections and spellings the word features miss ("переведи"/"переведите",
# "summarise"/"summarizing"). 5 not 4: a 4-gram "<tra" made "train" look like "translate".
CHAR_HEAD_WORDS = 24
CHAR_TAIL_WORDS = 12

_TOKEN = re.compile(r"[^\W\d_]+|\d+|[?=+*/^%$€£:;{}()<>\[\]#`\-]")
# The same tokens for ASCII text, ~1.7x faster: on ASCII input the Unicode classes above match exactly
# these characters ([^\W\d_] = letters, \d = 0-9; € and £ cannot occur).
_TOKEN_ASCII = re.compile(r"[a-zA-Z]+|[0-9]+|[?=+*/^%$:;{}()<>\[\]#`\-]", re.ASCII)
# The ASCII tokens of lower-case text whose digit runs are already "0" (features()'s hot path), by one C
# translate and split instead of the regex: each symbol and each "0" spaced out as a token of its own,
# letters kept, everything else a separator. The same list as _TOKEN_ASCII.findall on such text (a test
# checks it), ~5x faster.
_TOKEN_SYMBOLS = "?=+*/^%$:;{}()<>[]#`-"
_SPACED_TOKENS = {c: " " for c in range(128)}
_SPACED_TOKENS.update({ord(c): c for c in "abcdefghijklmnopqrstuvwxyz"})
_SPACED_TOKENS.update({ord(c): f" {c} " for c in _TOKEN_SYMBOLS + "0"})


def lower_ascii_tokens(text: str) -> list[str]:
    """_TOKEN_ASCII.findall(text) for ASCII text with no upper-case letters and no digit but a lone "0"."""
    return text.translate(_SPACED_TOKENS).split()


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}")
_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = re.compile(r"[0-9]+")
_FENCE = re.compile(r"```(\w*)")
_SCRIPTS = (("cyr", re.compile(r"[\u0400-\u04ff]")), ("cjk", re.compile(r"[\u3400-\u9fff]")),
            ("kana", re.compile(r"[\u3040-\u30ff]")), ("hangul", re.compile(r"[\uac00-\ud7af]")),
            ("deva", re.compile(r"[\u0900-\u097f]")), ("arab", re.compile(r"[\u0600-\u06ff]")))
# Shape counts in one C pass over the UTF-8 bytes instead of one str.count per symbol: an ASCII
# character's count is the same in the bytes (UTF-8 never uses bytes < 0x80 inside a multi-byte
# character). The non-ASCII math symbols are counted on the text, and only when it has any.
_CODE_SYMBOLS = b"{};()=<>"
_MATH_SYMBOLS_ASCII = b"+*/^="
_MATH_SYMBOLS_OTHER = "√∫∑π"
_NOT_SHAPE = bytes(set(range(256)) - set(_CODE_SYMBOLS + _MATH_SYMBOLS_ASCII + b"\n"))
NEWLINE = b"\n"
_NOT_DIGIT = bytes(set(range(256)) - set(b"0123456789"))


def text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p["text"] for p in content
                         if isinstance(p, dict) and p.get("type") in ("text", "input_text")
                         and isinstance(p.get("text"), str))
    return ""


def split_messages(messages: Any) -> tuple[str, str, int]:
    """(last user text, system text, number of earlier user turns)."""
    user, systems, turns = "", [], 0
    for message in messages or ():
        if not isinstance(message, dict):
            continue
        role = message.get("role")
        if role == "user":
            if user:
                turns += 1
            user = text_of(message.get("content"))
        elif role in ("system", "developer") and sum(map(len, systems)) < SYSTEM_CHARS:
            systems.append(text_of(message.get("content")))
    return user.strip(), " ".join(systems)[:SYSTEM_CHARS], turns


def _bucket(n: int) -> int:
    return n.bit_length()


def strip_fences(text: str) -> str:
    """Each ``` and what follows it up to the next ``` (or the end) replaced by " ``` ": the same
    string as re.sub(r"```.*?(?:```|\\Z)", " ``` ", text, flags=re.DOTALL), found with str.find,
    which is ~10x faster than the lazy regex that tries its alternation at every character."""
    start = text.find("```")
    if start < 0:
        return text
    parts, done = [], 0
    while start >= 0:
        parts += (text[done:start], " ``` ")
        end = text.find("```", start + 3)
        if end < 0:
            done = len(text)
            break
        done = end + 3
        start = text.find("```", done)
    parts.append(text[done:])
    return "".join(parts)


def _shape(shape_zone: str) -> list[str]:
    encoded = shape_zone.encode("utf-8", "surrogatepass")  # surrogatepass: lone surrogates must not raise
    symbols = encoded.translate(None, _NOT_SHAPE)  # only {};()=<>+*/^ and newlines are left
    code = len(symbols.translate(None, b"+*/^\n"))
    math = len(symbols.translate(None, b"{};()<>\n"))
    if shape_zone.isascii():
        digits = len(encoded[:400].translate(None, _NOT_DIGIT))
    else:
        math += sum(shape_zone.count(c) for c in _MATH_SYMBOLS_OTHER)
        digits = len(_DIGIT.findall(shape_zone, 0, 400))
    return [f"codesym:{_bucket(code)}", f"mathsym:{_bucket(math)}", f"digits:{_bucket(digits)}",
            f"lines:{_bucket(symbols.count(NEWLINE))}"]


def instruction_text(user: str, fenced: bool) -> str:
    """The part of the last user message the word features read: its first HEAD_CHARS and
    last TAIL_CHARS outside ``` fences. Cut first, then drop fenced code from each end: the
    fences of a long prompt are never scanned past INSTRUCTION_SCAN characters. `fenced`:
    whether the message has a fence at all (else nothing is stripped)."""
    if len(user) > INSTRUCTION_SCAN * 2:
        head, tail = user[:INSTRUCTION_SCAN], user[-INSTRUCTION_SCAN:]
        if fenced:
            head, tail = strip_fences(head), strip_fences(tail)
        return head[:HEAD_CHARS] + " \n " + tail[-TAIL_CHARS:]
    instruction = strip_fences(user) if fenced else user
    if len(instruction) > HEAD_CHARS + TAIL_CHARS:
        instruction = instruction[:HEAD_CHARS] + " \n " + instruction[-TAIL_CHARS:]
    return instruction


def _tokens(text: str) -> list[str]:
    return (_TOKEN_ASCII if text.isascii() else _TOKEN).findall(text)


def features(user: str, system: str, turns: int) -> list[str]:
    shape_zone = user[:SHAPE_CHARS]
    out = [f"len:{_bucket(len(user) // 20)}", f"turns:{min(turns, 3)}", "sys:1" if system else "sys:0"]
    fences = _FENCE.findall(shape_zone) if "```" in shape_zone else []
    if fences:
        out.append("fence")
        out += [f"fence:{lang.lower()}" for lang in fences[:2] if lang]
    out += _shape(shape_zone)

    lowered = instruction_text(user, bool(fences)).lower()
    non_ascii = not lowered.isascii()
    if non_ascii:
        out += [f"script:{name}" for name, rx in _SCRIPTS if rx.search(lowered)]
    if non_ascii:
        tokens = _TOKEN.findall(lowered)
    else:
        # Every run of ASCII digits becomes "0" before tokenising: the same words as mapping each digit token
        # to "0" afterwards, without a Python-level isdigit pass (non-ASCII text keeps that pass: "²" is a
        # letter token to the regex but isdigit() to Python).
        tokens = lower_ascii_tokens(_ASCII_DIGITS.sub("0", lowered))
    if len(tokens) > MAX_TOKENS:
        tokens = tokens[:MAX_TOKENS - 40] + tokens[-40:]
    words = [("0" if t.isdigit() else t) for t in tokens] if non_ascii else tokens
    if words:  # "w:" + each word by one C join and split (no token holds "\0": it is \W): ~1.7x a comprehension
        out += ("w:" + "\0w:".join(words)).split("\0")
    out += ["p:" + w[:5] for w in words if len(w) > 6]
    out += [f"b:{a} {b}" for a, b in zip(words, words[1:])]
    out += [f"s{i}:{w}" for i, w in enumerate(words[:START_WORDS])]
    out += ["e:" + w for w in words[-END_WORDS:]]
    if words:
        out.append("last:" + words[-1])
    near = words if len(words) <= CHAR_HEAD_WORDS + CHAR_TAIL_WORDS else \
        words[:CHAR_HEAD_WORDS] + words[-CHAR_TAIL_WORDS:]
    padded = [f"<{w}>" for w in near if len(w) > 4]
    out += ["g:" + p[i:i + 5] for p in padded for i in range(len(p) - 4)]  # one comprehension: ~25% faster
    bigrams = 0
    for run in _CJK.findall(lowered) if non_ascii else ():
        for i in range(len(run) - 1):
            out.append("c:" + run[i:i + 2])
            bigrams += 1
        if bigrams >= MAX_CJK_BIGRAMS:
            break
    if system:
        out += ["y:" + t for t in _tokens(system.lower())[:40]]
    return out
