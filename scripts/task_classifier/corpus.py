"""The task-label training corpus: templates filled with varied bodies, wrapped in
varied conversation shapes (system prompts, earlier turns about another task,
politeness, lower case, a misleading mention of another task), plus the
project's own tests/data/task_labels/train.jsonl. Deterministic for a seed.

    build(seed) -> list of {"label", "messages"}
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from . import bodies
from .handwritten import handwritten_rows
from .math_gen import math_problem
from .templates_en import SLOTS, TEMPLATES
from .templates_i18n import I18N, SLOTS_I18N

ROOT = Path(__file__).resolve().parents[2]
LABELS = ("translation", "summarization", "extraction", "creative", "math", "code", "reasoning", "chat")

SYSTEMS = ["You are a helpful assistant.", "You are ChatGPT, a large language model. Answer concisely.",
           "You are a senior engineer on our team. Be precise.", "Always answer in French.",
           "You are a friendly tutor for high-school students.", "Reply in JSON when asked for structured data.",
           "You are an assistant for a travel agency.", "Keep answers under 100 words.",
           "You are a creative writing coach.", "You are a customer support agent for Acme.",
           "Eres un asistente útil.", "Du bist ein hilfreicher Assistent.", "你是一个乐于助人的助手。"]
# Earlier turns: what the conversation was about before (the label follows the LAST user turn).
EARLIER = [("Write a poem about rain.", "Rain on the roof, a quiet drum..."),
           ("Translate 'hello' into German.", "Hallo."), ("What is 12 * 12?", "144."),
           ("Summarize the article I sent.", "The article argues that..."),
           ("hi", "Hello! How can I help you today?"), ("Fix my Python loop.", "Here is the corrected loop..."),
           ("Why is the sky blue?", "Because of Rayleigh scattering..."),
           ("Extract the emails from this list.", "a@b.com, c@d.org")]
PREFIXES = ["", "", "", "Please ", "Hey, ", "Quick one: ", "Could you ", "Can you please ", "I need help. ",
            "ok so ", "Hi! ", "For my class: ", "Urgent: "]
# Misdirection: a sentence naming another task before the real request.
MENTIONS = {"translation": "I already translated this into Spanish yesterday.",
            "summarization": "My boss asked for a summary last week, but that's done.",
            "code": "I'm a Python developer, but this has nothing to do with code.",
            "math": "I was doing math homework all day.", "creative": "I usually write poems.",
            "extraction": "We extracted the data already.", "reasoning": "I've been thinking about logic puzzles.",
            "chat": "Thanks for earlier!"}


def _fill(template: str, r: random.Random) -> str:
    def slot(m: re.Match) -> str:
        name = m.group(1)
        if name in ("code", "code2"):
            lang, src = r.choice(bodies.CODE)
            return f"```{lang}\n{src}```" if r.random() < 0.7 else src
        if name == "error":
            return r.choice(bodies.ERRORS)
        if name == "error_short":
            return r.choice(bodies.ERRORS).splitlines()[0]
        if name in ("prose", "prose2"):
            return r.choice(bodies.PROSE)
        if name == "sentence":
            return r.choice(bodies.SENTENCES)
        if name == "foreign":
            return r.choice(bodies.FOREIGN)[1]
        if name == "foreign_lines":
            return "\n".join(t for _, t in r.sample(bodies.FOREIGN, 4))
        if name in ("lang", "lang2"):
            return r.choice(bodies.LANGS_EN)
        if name == "topic":
            return r.choice(bodies.TOPICS)
        if name == "product":
            return r.choice(bodies.PRODUCTS)
        if name == "n":
            return str(r.choice([3, 5, 10, 50, 100, 200]))
        if name == "math":
            return math_problem(r)
        if name == "math_bare":
            return math_problem(r).rstrip("?.")
        if name == "codelang2":
            return r.choice(SLOTS["codelang"])
        values = SLOTS.get(name) or SLOTS_I18N.get(name)
        if values is None:
            raise KeyError(f"template slot {name!r} has no values")
        return r.choice(values)
    return re.sub(r"\{(\w+)\}", slot, template)


def _casing(text: str, r: random.Random) -> str:
    roll = r.random()
    if roll < 0.12:
        return text.lower()
    if roll < 0.16:
        return text.rstrip(".?!")
    return text


def _wrap(label: str, text: str, r: random.Random) -> list[dict]:
    messages = []
    if r.random() < 0.3:
        messages.append({"role": "system", "content": r.choice(SYSTEMS)})
    if r.random() < 0.25:
        for _ in range(r.randint(1, 2)):
            ask, answer = r.choice(EARLIER)
            messages += [{"role": "user", "content": ask}, {"role": "assistant", "content": answer}]
    if r.random() < 0.1:
        other = r.choice([lab for lab in LABELS if lab != label])
        text = MENTIONS[other] + " " + text
    messages.append({"role": "user", "content": text})
    return messages


def _one(label: str, r: random.Random, i18n: bool) -> dict:
    pool = I18N[label] if i18n else TEMPLATES[label]
    text = _fill(r.choice(pool), r)
    if not i18n:
        prefix = r.choice(PREFIXES)
        if prefix and label != "chat":
            text = prefix + text[0].lower() + text[1:] if prefix.endswith("you ") else prefix + text
        text = _casing(text, r)
    return {"label": label, "messages": _wrap(label, text, r)}


def system_translator(r: random.Random) -> dict:
    """The request is the text; the system prompt names the task (translation/summary/extraction)."""
    label, system = r.choice([
        ("translation", f"You are a translator. Translate everything the user writes into {r.choice(bodies.LANGS_EN)}."),
        ("summarization", "You summarise whatever the user pastes in three bullet points."),
        ("extraction", "Extract every person, date and amount from the user's message and return JSON."),
        ("code", "You are a code reviewer. Point out bugs in the code the user pastes."),
    ])
    body = _fill("{code}" if label == "code" else r.choice(["{sentence}", "{prose}"]), r)
    return {"label": label, "messages": [{"role": "system", "content": system}, {"role": "user", "content": body}]}


def project_train() -> list[dict]:
    with open(ROOT / "tests" / "data" / "task_labels" / "train.jsonl", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [row for row in rows if row["label"] != "other"]  # "other" is structural (no user text)


def _keys(name: str) -> set[str]:
    with open(ROOT / "tests" / "data" / "task_labels" / name, encoding="utf-8") as fh:
        return {json.dumps(json.loads(line), sort_keys=True, ensure_ascii=False) for line in fh if line.strip()}


def build(seed: int = 18, per_label: int = 1400) -> list[dict]:
    r = random.Random(seed)
    rows = []
    for label in LABELS:
        for _ in range(per_label):
            rows.append(_one(label, r, i18n=r.random() < 0.25))
    rows += [system_translator(r) for _ in range(300)]
    rows += project_train() + handwritten_rows()
    unique = {json.dumps(row, sort_keys=True, ensure_ascii=False): row for row in rows}
    for key in _keys("holdout.jsonl"):
        unique.pop(key, None)  # a template fill that happens to equal a hold-out row stays out
    rows = [unique[key] for key in sorted(unique)]  # no row in both the train and the dev split
    r.shuffle(rows)
    return rows
