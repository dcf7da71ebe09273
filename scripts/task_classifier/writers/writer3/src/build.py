"""Build and validate writer3.jsonl from the hand-written prompts in this folder.

Usage: python3 scripts/task_classifier/writers/writer3/src/build.py            rebuild, validate, print stats
       python3 scripts/task_classifier/writers/writer3/src/build.py --check [FILE]   validate a jsonl only
                                                       (default: the committed writer3.jsonl)
       --partial validates the label files that exist so far and writes nothing (used only while writing).

The checks are those of the hold-out sets (tests/data/task_labels/holdout_build.py), copied here so
this training set does not import from the hold-out folders: every label in the schema's task_label
enum minus `other` (the classifier's "unsure" fallback, not a task a writer can aim a prompt at),
exactly PER_LABEL rows a label, last message from the user, system only first, user/assistant
alternation, no empty message and no repeated final user message.
"""

import importlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[4]
SCHEMA = REPO / "schemas" / "llm.requests.v1" / "v1.schema.json"
OUT = HERE.parent / "writer3.jsonl"
PER_LABEL = 50
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


def load_sources(labels: list[str]) -> list[tuple[str, object]]:
    examples = []
    for label in labels:
        if PARTIAL and not (HERE / f"prompts_{label}.py").exists():
            continue
        module = importlib.import_module(f"prompts_{label}")
        examples += [(label, e) for e in module.EXAMPLES]
    return examples


def print_stats(examples: list[tuple[str, object]], labels: list[str]) -> None:
    """Print the README's statistics table (markdown) and the per-language counts."""
    print("| label | n | non-English | with system prompt | multi-turn |")
    print("|---|---|---|---|---|")
    n = len(examples)
    for label in labels + ["TOTAL"]:
        sel = [e for l, e in examples if label in (l, "TOTAL")]
        non_en = sum(1 for e in sel if e.lang != "en")
        with_sys = sum(1 for e in sel if e.messages[0].role == "system")
        multi = sum(1 for e in sel if any(t.role == "assistant" for t in e.messages))
        if label == "TOTAL":
            print(f"| **total** | **{n}** | **{non_en} ({non_en / n:.0%})** | **{with_sys} ({with_sys / n:.0%})** "
                  f"| **{multi} ({multi / n:.0%})** |")
        else:
            print(f"| {label} | {len(sel)} | {non_en} | {with_sys} | {multi} |")
    by_lang = Counter(e.lang for _, e in examples)
    print("by language of the final instruction: "
          + ", ".join(f"{l} {c}" for l, c in sorted(by_lang.items(), key=lambda kv: (-kv[1], kv[0]))))
    both = sum(1 for _, e in examples
               if e.messages[0].role == "system" and any(t.role == "assistant" for t in e.messages))
    single = sum(1 for _, e in examples if len(e.messages) == 1)
    lengths = sorted(len(e.messages[-1].content) for _, e in examples)
    print(f"system prompt and earlier turns: {both}; a single user message: {single}")
    print(f"final user message chars: min {lengths[0]}, median {lengths[n // 2]}, max {lengths[-1]}, "
          f">600: {sum(x > 600 for x in lengths)}, >1000: {sum(x > 1000 for x in lengths)}")


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            sys.exit(f"{path.name} line {i} does not parse: {exc}")
    return rows


def run() -> int:
    sys.path.insert(0, str(HERE))  # prompts_<label>.py and their common.py
    labels = schema_labels()
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if "--check" in sys.argv and args else OUT
    if "--check" not in sys.argv:
        examples = load_sources(labels)
        rows = [{"label": l, "messages": [{"role": t.role, "content": t.content} for t in e.messages]}
                for l, e in examples]
        present = sorted({l for l, _ in examples}, key=labels.index)
        errors = validate(rows, labels, present if PARTIAL else None)
        if errors:
            print("\n".join(errors), file=sys.stderr)
            return 1
        if PARTIAL:  # while writing: validate what exists in memory, write nothing
            print_stats(examples, present)
            print(f"partial: {len(rows)} rows valid so far, nothing written")
            return 0
        OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print_stats(examples, present)
    rows = read_jsonl(path)
    errors = validate(rows, labels)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    print(f"{path.name}: OK ({len(rows)} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(run())
