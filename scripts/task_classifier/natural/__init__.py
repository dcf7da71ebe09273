"""A hand-written, natural task-label corpus: one module per label, written the
way people type to an assistant (short and long, casual and formal, typos,
other languages, pasted bodies with the request before or after, code mixed
with prose, multi-turn chats with a system prompt, and prompts that mention one
task while asking for another). No templates: every prompt is written by hand.

Each label has up to fifteen modules, <label>.py then <label>_2.py to _15.py (later
batches), each with ONE_LINERS (a block, one prompt a line), LONG (multi-line
prompts) and CHATS ((system or None, [user, assistant, ..., user])). The label
is what the LAST user message asks for, following the label definitions of the
llm.requests.v1 schema and docs/routing-policy.md.

Hold-out rule, fixed: within each label, every 5th prompt (index % 5 == 4 in the
order of entries()) is never trained on; it is written to
tests/data/task_labels/natural_holdout.jsonl for bench/classifier_eval.py.
"""

from __future__ import annotations

from importlib import import_module
from importlib.util import find_spec

LABELS = ("translation", "summarization", "extraction", "creative", "math", "code", "reasoning", "chat")
HOLDOUT_EVERY = 5
LAST_BATCH = 15


def _messages(entry) -> list[dict]:
    if isinstance(entry, str):
        return [{"role": "user", "content": entry}]
    system, turns = entry
    messages = [{"role": "system", "content": system}] if system else []
    for i, text in enumerate(turns):
        messages.append({"role": "user" if i % 2 == 0 else "assistant", "content": text})
    return messages


def _batches(label: str) -> list[tuple[int, list]]:
    """(batch number, its prompts) of the label: <label>.py is batch 1, <label>_k.py batch k."""
    out = []
    for batch in range(1, LAST_BATCH + 1):
        name = label if batch == 1 else f"{label}_{batch}"
        if find_spec(f"{__name__}.{name}") is None:
            continue
        module = import_module(f"{__name__}.{name}")
        prompts = [line.strip() for line in module.ONE_LINERS.strip().splitlines() if line.strip()]
        out.append((batch, prompts + list(module.LONG) + list(module.CHATS)))
    return out


def entries(label: str) -> list:
    """The label's prompts in a fixed order: <label>.py, then <label>_2.py to _<LAST_BATCH>.py (later batches
    are appended after earlier ones, so adding prompts never moves an earlier prompt across the hold-out rule)."""
    return [entry for _batch, prompts in _batches(label) for entry in prompts]


def batches_of() -> list[tuple[str, int, int, object]]:
    """(label, batch, index in entries(label), entry) of every prompt: the hold-out rule reads the index,
    grouped cross-validation (scripts/task_classifier/grouped_cv.py) the batch."""
    out = []
    for label in LABELS:
        i = 0
        for batch, prompts in _batches(label):
            for entry in prompts:
                out.append((label, batch, i, entry))
                i += 1
    return out


def natural_rows() -> tuple[list[dict], list[dict]]:
    """(train rows, held-out rows) by the fixed every-5th rule."""
    train, held = [], []
    for label in LABELS:
        for i, entry in enumerate(entries(label)):
            row = {"label": label, "messages": _messages(entry)}
            (held if i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1 else train).append(row)
    return train, held
