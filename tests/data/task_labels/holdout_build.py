"""The build and validation of a sealed hold-out set (unseen3/ to unseen6/): each set's
`src/build.py` calls `run` with its own folder and output file, so every set is checked by the same rules.

The build refuses to write unless every label is in the schema's task_label enum (minus `other`,
which is the classifier's "unsure" fallback and not a task a writer can aim at), every label has
exactly PER_LABEL prompts, roles are well formed and no final user message repeats.
"""

import importlib
import json
import sys
from collections import Counter
from pathlib import Path

SCHEMA = Path(__file__).resolve().parents[3] / "schemas" / "llm.requests.v1" / "v1.schema.json"
PER_LABEL = 50
# --partial (used only while the set was being written) builds from the label files that exist so far.
PARTIAL = "--partial" in sys.argv


def schema_labels() -> list[str]:
    enum = json.loads(SCHEMA.read_text())["properties"]["task_label"]["enum"]
    return [label for label in enum if label != "other"]


def problems_in_row(label: str, messages: list[dict], labels: list[str]) -> list[str]:
    errors = []
    if label not in labels:
        errors.append(f"label {label!r} not in the schema enum (minus other)")
    if not messages:
        return errors + ["no messages"]
    roles = [m.get("role") for m in messages]
    if roles[-1] != "user":
        errors.append("last message is not from user")
    if "system" in roles[1:]:
        errors.append("system message after the first position")
    body = [r for r in roles if r != "system"]
    if any(r not in ("user", "assistant") for r in body):
        errors.append(f"unknown role in {roles}")
    if any(a == b for a, b in zip(body, body[1:])):
        errors.append("user/assistant turns do not alternate")
    if body and body[0] != "user":
        errors.append("the first turn after the system prompt is not from user")
    if any(set(m) != {"role", "content"} for m in messages):
        errors.append("a message has keys other than role/content")
    if any(not isinstance(m.get("content"), str) or not m["content"].strip() for m in messages):
        errors.append("empty message")
    return errors


def validate(rows: list[dict], labels: list[str], expected: list[str] | None = None) -> list[str]:
    errors = []
    seen: dict[str, int] = {}
    for i, row in enumerate(rows, 1):
        if set(row) != {"label", "messages"}:
            errors.append(f"row {i}: keys {sorted(row)} are not exactly label/messages")
            continue
        errors += [f"row {i}: {e}" for e in problems_in_row(row["label"], row["messages"], labels)]
        if row["messages"]:
            last = " ".join(row["messages"][-1].get("content", "").lower().split())
            if last in seen:
                errors.append(f"row {i}: final user message duplicates row {seen[last]}")
            seen.setdefault(last, i)
    counts = Counter(r.get("label") for r in rows)
    for label in labels if expected is None else expected:
        if counts[label] != PER_LABEL:
            errors.append(f"label {label}: {counts[label]} rows, expected {PER_LABEL}")
    return errors


def load_sources(here: Path, labels: list[str]) -> list[tuple[str, object]]:
    examples = []
    for label in labels:
        if PARTIAL and not (here / f"prompts_{label}.py").exists():
            continue
        module = importlib.import_module(f"prompts_{label}")
        examples += [(label, e) for e in module.EXAMPLES]
    return examples


def print_stats(examples: list[tuple[str, object]], labels: list[str]) -> None:
    langs = sorted({e.lang for _, e in examples}, key=lambda l: (l != "en", l))
    print(f"{'label':<14}{'n':>4}{'nonEN':>6}{'sys':>5}{'multi':>6}  " + " ".join(f"{l:>3}" for l in langs))
    for label in labels + ["TOTAL"]:
        sel = [e for l, e in examples if label in (l, "TOTAL")]
        by_lang = Counter(e.lang for e in sel)
        non_en = sum(1 for e in sel if e.lang != "en")
        with_sys = sum(1 for e in sel if e.messages[0].role == "system")
        multi = sum(1 for e in sel if any(t.role == "assistant" for t in e.messages))
        print(f"{label:<14}{len(sel):>4}{non_en:>6}{with_sys:>5}{multi:>6}  "
              + " ".join(f"{by_lang[l]:>3}" for l in langs))
    n = len(examples)
    lengths = sorted(len(e.messages[-1].content) for _, e in examples)
    words = sorted(len(e.messages[-1].content.split()) for _, e in examples)
    print(f"non-English {sum(e.lang != 'en' for _, e in examples) / n:.0%}, "
          f"system prompt {sum(e.messages[0].role == 'system' for _, e in examples) / n:.0%}, "
          f"multi-turn {sum(any(t.role == 'assistant' for t in e.messages) for _, e in examples) / n:.0%}")
    print(f"final user message chars: min {lengths[0]}, median {lengths[n // 2]}, max {lengths[-1]}, "
          f">1000: {sum(x > 1000 for x in lengths)}; fewest words {words[0]}")


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            sys.exit(f"{path.name} line {i} does not parse: {exc}")
    return rows


def run(here: Path, out: Path) -> int:
    """Build `out` from the prompts_<label>.py files in `here` (or, with --check, validate a jsonl)."""
    sys.path.insert(0, str(here))  # prompts_<label>.py and their common.py
    labels = schema_labels()
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if "--check" in sys.argv and args else out
    if "--check" not in sys.argv:
        examples = load_sources(here, labels)
        rows = [{"label": l, "messages": [{"role": t.role, "content": t.content} for t in e.messages]}
                for l, e in examples]
        present = sorted({l for l, _ in examples}, key=labels.index)
        errors = validate(rows, labels, present if PARTIAL else None)
        if errors:
            print("\n".join(errors), file=sys.stderr)
            return 1
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print_stats(examples, present)
    rows = read_jsonl(path)
    errors = validate(rows, labels, sorted({r.get("label") for r in rows}) if PARTIAL else None)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    print(f"{path.name}: OK ({len(rows)} rows)")
    return 0
