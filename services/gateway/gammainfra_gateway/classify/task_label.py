"""Task label of a chat request: code, chat, math, reasoning, creative,
extraction, translation, summarization, or other.

What it reads: the text of the LAST user message (string content, or the
``{"type": "text"}`` parts of a content list) and, as a weaker signal, the
system prompts. Earlier turns, images and tool calls are ignored.

Guarantees:
- pure and deterministic: no I/O, no network, no model, no state; the rules are
  regexes and weights compiled once at import time;
- bounded time: it never looks at more than the first HEAD_CHARS (3 KB) plus the last
  TAIL_CHARS (1 KB) of the user text (the instruction usually sits at either end), and
  the first SYSTEM_CHARS of the system prompts, whatever the prompt length;
- total: never raises on OpenAI-shaped input; returns "other" only when there is
  no user text, "chat" when nothing more specific scores (conversational text).

How: each label sums weighted rule hits (each rule counts at most `cap` hits).
An imperative at the start of the message ("Translate ...", "Summarize ...")
adds a large bonus, because the verb names the primary intent even when the
body it applies to is code or a foreign language. Ties go to the label listed
first in LABELS.
"""

from __future__ import annotations

import re
from typing import Any

LABELS = ("translation", "summarization", "extraction", "creative", "math",
          "code", "reasoning", "chat", "other")
HEAD_CHARS = 3_000
TAIL_CHARS = 1_000
INTENT_CHARS = 1_000  # instruction words: this much of the head (+300 of the tail), outside ``` blocks
SYSTEM_CHARS = 2_000
SYSTEM_WEIGHT = 0.7
LEADING_BONUS = 6.0
MIN_SCORE = 2.0  # below this nothing specific was asked: "chat"

_LANGS = (r"english|french|spanish|german|italian|portuguese|japanese|chinese|mandarin|"
          r"cantonese|korean|russian|arabic|hindi|dutch|swedish|norwegian|danish|finnish|"
          r"polish|greek|turkish|hebrew|vietnamese|thai|indonesian|ukrainian|czech|romanian")
_NON_LATIN = r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"

# (label, weight, cap, pattern), matched on the lowercased instruction zone.
_INTENT_RULES = [
    ("code", 2.5, 2, r"c\+\+|\bc#|\b(?:python|javascript|typescript|java|golang|rust|kotlin|swift|ruby|php|"
                     r"sql|bash|shell|regex|dockerfile|docker|kubernetes|react|flask|django|node\.?js|npm|"
                     r"git|css|html|pytest|github actions|gdb|numpy|pandas|api)\b"),
    ("code", 1.5, 3, r"\b(?:code|function|class|method|compile\w*|debug\w*|bug|refactor|implement|script|"
                     r"query|algorithm|endpoint|database|loop|array|variable|async|await|deploy\w*|repo|"
                     r"div|flexbox|cron|generators?|keyword|unit tests?|time complexity|programmer|"
                     r"stack ?trace|exception|segfault|library|framework|module)\b"),
    ("code", 1.0, 2, r"`[^`\n]{1,60}`"),
    ("math", 2.5, 2, r"\b(?:solve|calculate|compute|calcula\w*|berechne|integral|integrate|derivative|derivada|"
                     r"differentiate|probability|factor\w*|simplify|expand|equations?|limit of|eigen\w*|"
                     r"determinant|matrix|gcd|lcm|square root|mean|median|standard deviation|"
                     r"expected value|fraction|perimeter|area of|average|roots? of|real roots|polynomial|"
                     r"mortgage|compound\w*|interest|how many ways|math\w*|algebra|calculus|geometry|"
                     r"sum of the first|evaluate the (?:integral|expression|limit|sum))\b"),
    ("math", 1.5, 1, r"\bhow (?:much|many|large|far|long)\b|\bwhat is \d|\bwhat's \d"),
    ("math", 1.0, 1, r"\d(?:\.\d+)?\s*%"),
    ("reasoning", 2.5, 2, r"\b(?:explain why|explain the reasoning|step by step|prove|proof|what would happen|"
                          r"what would .{1,40} if|what if|riddle|puzzle|logic\w*|deduce|infer|reason(?:ing)?|"
                          r"justify|trade-?offs?|pros and cons|weigh|argue|analy[sz]e|consequences?|causes|"
                          r"critically|knights?|knaves?|ethical|valid|fallacy|flaw|how would you decide|"
                          r"erkläre|warum|pourquoi|por qué)\b"),
    ("reasoning", 2.5, 1, r"^\W*why\b|\bwhy\?\s*$|\bexplain[.!]?\s*$"),
    ("creative", 3.0, 2, r"\b(?:poem|poetry|haiku|sonnet|limerick|villanelle|ode|verse|lyrics|song|rap|stor(?:y|ies)|"
                         r"fairy tale|fiction\w*|novel\w*|screenplay|monologue|dialogue|slogans?|taglines?|"
                         r"jingle|toast|speech|caption|love letter|ad|advert\w*|copywriter|character|diary|"
                         r"bedtime|campfire|names? for|brainstorm|invent|imagine|creative|funny|card|"
                         r"poème|poema|cuento|histoire|gedicht|scene)\b"),
    ("creative", 1.0, 1, r"^\W*(?:write|compose|create|come up with|draft)\b"),
    ("extraction", 3.0, 2, r"\b(?:extract\w*|extrae|pull (?:out|the)|parse (?:this|the following|these|it)|"
                           r"list (?:all|every)|find all|get (?:me )?all|identify (?:all|every)|"
                           r"(?:into|as|to) (?:a )?(?:json|csv|table|yaml)|json|key-value|named entities|"
                           r"structured data|fields?|fill in|tag (?:the|each|every|all)|classify|categori[sz]e|detect the language|"
                           r"listed|mentioned|action items)\b"),
    ("extraction", 2.5, 1, r"\b(?:in|from) (?:this|the following|the) (?:text|email|receipt|log|document|paragraph|"
                           r"passage|sentence|signature|citation|resume|job posting|tweet|recipe|notes|chat log|"
                           r"contract|invoice)\b"),
    ("translation", 4.0, 2, r"\b(?:translat\w*|traduc\w*|tradu\w*|übersetz\w*|how (?:do|would) you say|how to say|"
                            rf"(?:the|a) (?:{_LANGS}) word for|(?:{_LANGS}) ?(?:->|to) ?(?:{_LANGS}))\b|"
                            r"переведи|перевод|翻译|翻譯|翻訳|怎么说|英文|英语|英語|中文"),
    ("translation", 2.5, 1, rf"\b(?:in|into|to|from) (?:{_LANGS})\b"),
    ("summarization", 3.0, 2, r"\b(?:summar\w*|tl;?dr|key points|main points|main ideas|takeaways|gist|condense|"
                              r"recap|sum up|boil .{0,20}down|in a nutshell|synopsis|abstract|overview|"
                              r"highlights|digest|shorten|shorter|brief(?:ly)?|résum\w*|zusammen\w*|resumen|"
                              r"meeting minutes)\b"),
    ("chat", 2.0, 1, r"^\W*(?:hi|hey|hello|good (?:morning|evening|afternoon)|thanks|thank you|bonjour|hola|"
                     r"guten tag|ok thanks|bye)\b"),
]

# Imperative at the start of the message -> that label gets LEADING_BONUS.
_LEADING = re.compile(
    r"^\W*(?:(?:please|pls|kindly|hey|ok|so|now)[,!\s]+)*(?:(?:can|could|would|will) you\s+(?:please\s+)?)?"
    r"(?:help me\s+)?(?:"
    r"(?P<translation>translat|traduc|tradu|übersetz|переведи)|"
    r"(?P<summarization>summar|tl;?dr|sum up|condense|recap|shorten|boil|digest|résum|fasse|"
    r"give me (?:the (?:gist|key points|main points|highlights)|a (?:short |brief |quick )?summary))|"
    r"(?P<extraction>extract|extrae|parse|pull|list (?:all|every|the)|find (?:all|every)|get (?:me )?all|"
    r"identify (?:all|every|the)|classify|tag |detect|fill in|return the fields)|"
    r"(?P<creative>compose|brainstorm|imagine|invent|escribe|écris|tell me a story)|"
    r"(?P<math>solve|calculate|compute|calcula|differentiate|integrate|simplify|factor|expand|"
    r"find the (?:derivative|integral|limit|roots|gcd|lcm|mean|area|sum|determinant|eigen))|"
    r"(?P<reasoning>prove|explain why|think step by step|deduce|analy[sz]e|justify|riddle|puzzle|"
    r"what would happen|is it ethical)|"
    r"(?P<code>refactor|debug|implement|fix (?:this|the|my) (?:bug|code|error|function)|"
    r"optimi[sz]e this (?:query|function|code)|convert this to))")

# (label, weight, cap, pattern), matched on the whole bounded window (case kept).
_CONTENT_RULES = [
    ("code", 4.0, 1, r"```"),
    ("code", 4.0, 1, r"Traceback \(most recent call last\)|(?:Error|Exception)\b|error\[E\d+\]|"
                     r"Segmentation fault|npm ERR|ERESOLVE|\.(?:java|kt|js|ts|py|rs|go|cs|rb):\d+"),
    # Every alternative starts with a literal, so the regex engine can skip ahead cheaply.
    ("code", 1.2, 4, r"def \w+\(|function\s*\w*\s*\(|=>|(?:const|let|var) \w+ ?=|#include|"
                     r"public (?:static )?\w+|import \w+|from [\w.]+ import\b|console\.log|::|"
                     r"return\b[^.\n]{0,40};|for \w+ in \w+|\n[ \t]+(?:return|if|for|while)\b|"
                     r"\):\n|\) ?\{|\n(?:class|struct|fn|func) \w+"),
    ("code", 3.0, 1, r"SELECT\b[^;]{1,200}\bFROM\b|INSERT INTO\b|CREATE TABLE\b"),
    ("math", 3.0, 1, r"[∫√∑π]"),
    ("translation", 1.0, 1, _NON_LATIN),
]
_CODE_CONTENT_CAP = 5.0  # code in the body must not outvote "summarize this code"
# Arithmetic: an operator between operands (digits, ")" or a single-letter variable).
# The regex finds operator + right operand; the left operand is checked in Python,
# because a look-behind at every position would be ~30x slower on long text.
_MATH_OP = re.compile(r"(?:[+*/^=×÷·]| - )(?= ?[\d(]| ?[a-z]\b)")
_MATH_OP_WEIGHT, _MATH_OP_CAP, _MATH_OP_TRIES = 1.5, 3, 40


def _compile(rules, flags):
    return [(label, weight, cap, re.compile(p, flags)) for label, weight, cap, p in rules]


_INTENT = _compile(_INTENT_RULES, re.MULTILINE)
_CONTENT = _compile(_CONTENT_RULES, re.MULTILINE)
_FENCED = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)  # code is content, not instruction
_PRIORITY = {label: i for i, label in enumerate(LABELS)}


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p["text"] for p in content
                         if isinstance(p, dict) and p.get("type") in ("text", "input_text")
                         and isinstance(p.get("text"), str))
    return ""


def _bounded(text: str, head: int, tail: int = 0) -> str:
    if len(text) <= head + tail:
        return text
    return text[:head] + ("\n" + text[-tail:] if tail else "")


def _score_intent(text: str, scores: dict[str, float], factor: float) -> None:
    for label, weight, cap, rx in _INTENT:
        hits = 0
        for _ in rx.finditer(text):
            hits += 1
            if hits == cap:
                break
        if hits:
            scores[label] = scores.get(label, 0.0) + factor * weight * hits


def _math_ops(text: str) -> int:
    hits = 0
    for tries, m in enumerate(_MATH_OP.finditer(text)):
        left = text[max(0, m.start() - 3):m.start()].rstrip()
        if left and (left[-1].isdigit() or left[-1] == ")" or (
                left[-1].isalpha() and (len(left) == 1 or not left[-2].isalnum()))):
            hits += 1
        if hits == _MATH_OP_CAP or tries == _MATH_OP_TRIES:
            break
    return hits


def classify_task(messages: list[dict]) -> str:
    """Return the task label for OpenAI-shaped chat `messages` (see module doc)."""
    user = ""
    system_parts = []
    for message in messages or ():
        if not isinstance(message, dict):
            continue
        role = message.get("role")
        if role == "user":
            user = _text_of(message.get("content"))
        elif role in ("system", "developer"):
            system_parts.append(_text_of(message.get("content")))
    user = user.strip()
    if not user:
        return "other"

    window = _bounded(user, HEAD_CHARS, TAIL_CHARS)
    lowered = window.lower()
    intent_zone = _FENCED.sub(" ", _bounded(lowered, INTENT_CHARS, 300))
    scores: dict[str, float] = {}
    _score_intent(intent_zone, scores, 1.0)
    system = _bounded(" ".join(system_parts), SYSTEM_CHARS).lower()
    if system:
        _score_intent(system, scores, SYSTEM_WEIGHT)

    code_content = 0.0
    for label, weight, cap, rx in _CONTENT:
        hits = 0
        for _ in rx.finditer(window if label == "code" else lowered):
            hits += 1
            if hits == cap:
                break
        if not hits:
            continue
        if label == "code":
            code_content += weight * hits
        else:
            scores[label] = scores.get(label, 0.0) + weight * hits
    ops = _math_ops(lowered)
    if ops:
        scores["math"] = scores.get("math", 0.0) + _MATH_OP_WEIGHT * ops
    if code_content:
        scores["code"] = scores.get("code", 0.0) + min(code_content, _CODE_CONTENT_CAP)

    lead = _LEADING.match(lowered[:200])
    if lead:
        scores[lead.lastgroup] = scores.get(lead.lastgroup, 0.0) + LEADING_BONUS

    best = min(scores.items(), key=lambda kv: (-kv[1], _PRIORITY[kv[0]]), default=("chat", 0.0))
    return best[0] if best[1] >= MIN_SCORE else "chat"
