"""Build and validate writer2.jsonl from the hand-written prompts in this folder.

Usage: python3 scripts/task_classifier/writers/writer2/src/build.py                 (rebuild, validate, stats)
       python3 scripts/task_classifier/writers/writer2/src/build.py --check [FILE]  (validate a jsonl only;
                                                                                 default the committed writer2.jsonl)

The checks are the ones unseen3/README.md lists for the hold-out sets, written out here so this folder
stands alone: every label is in the schema's task_label enum and is not `other`, each label has exactly
PER_LABEL rows, the last message is from `user`, `system` appears only first, user/assistant turns
alternate starting with `user`, no message is empty, and no two final user messages are equal
(case- and whitespace-insensitive). Nothing is written unless all checks pass; the written file is then
re-read and checked again. Exit status 1 names every failing row (1-based line numbers).
"""

import importlib
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[4]
SCHEMA = REPO / "schemas" / "llm.requests.v1" / "v1.schema.json"
OUT = HERE.parent / "writer2.jsonl"
PER_LABEL = 50
# Order of the files and of the rows in the jsonl; must equal the schema enum minus `other` (checked).
LABELS = ("code", "chat", "math", "reasoning", "creative", "extraction", "translation", "summarization")


def schema_labels() -> set[str]:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return set(schema["properties"]["task_label"]["enum"]) - {"other"}


def load_examples() -> list[tuple[str, object]]:
    """(label, Example) pairs in file order, from src/prompts_<label>.py (each defines PROMPTS)."""
    sys.path.insert(0, str(HERE))
    pairs = []
    for label in LABELS:
        module = importlib.import_module(f"prompts_{label}")
        pairs.extend((label, example) for example in module.PROMPTS)
    return pairs


def to_row(label: str, example) -> dict:
    return {"label": label, "messages": [{"role": t.role, "content": t.content} for t in example.messages]}


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def row_errors(row: object, allowed: set[str]) -> list[str]:
    """Every way one row breaks the format; empty when it is valid."""
    if not isinstance(row, dict) or set(row) != {"label", "messages"}:
        return ["row must be an object with exactly the keys label and messages"]
    errors = []
    if row["label"] not in allowed:
        errors.append(f"label {row['label']!r} is not one of {sorted(allowed)}")
    messages = row["messages"]
    if not isinstance(messages, list) or not messages:
        return errors + ["messages must be a non-empty list"]
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or set(m) != {"role", "content"}:
            errors.append(f"message {i} must have exactly role and content")
            continue
        if m["role"] not in ("system", "user", "assistant"):
            errors.append(f"message {i} has role {m['role']!r}")
        if m["role"] == "system" and i != 0:
            errors.append(f"message {i} is a system message that is not first")
        if not isinstance(m["content"], str) or not m["content"].strip():
            errors.append(f"message {i} is empty")
    if errors:
        return errors
    turns = [m["role"] for m in messages if m["role"] != "system"]
    expected = ["user" if i % 2 == 0 else "assistant" for i in range(len(turns))]
    if turns != expected:
        errors.append(f"turns must alternate user/assistant from user, got {turns}")
    if messages[-1]["role"] != "user":
        errors.append("last message is not from user")
    return errors


def validate(rows: list[object]) -> list[str]:
    allowed = schema_labels()
    errors = []
    if allowed != set(LABELS):
        errors.append(f"LABELS {sorted(LABELS)} differ from the schema enum without other {sorted(allowed)}")
    seen: dict[str, int] = {}
    counts: Counter = Counter()
    for n, row in enumerate(rows, start=1):
        if row is None:  # a line read_jsonl could not parse; it has already reported it
            continue
        problems = row_errors(row, allowed)
        errors.extend(f"row {n}: {p}" for p in problems)
        if problems:
            continue
        counts[row["label"]] += 1
        key = _norm(row["messages"][-1]["content"])
        if key in seen:
            errors.append(f"row {n}: final user message duplicates row {seen[key]}")
        else:
            seen[key] = n
    for label in sorted(allowed):
        if counts[label] != PER_LABEL:
            errors.append(f"label {label}: {counts[label]} valid rows, expected {PER_LABEL}")
    return errors


def read_jsonl(path: Path) -> tuple[list[object], list[str]]:
    rows, errors = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            rows.append(None)
            errors.append(f"row {n}: not valid JSON ({exc.msg})")
    return rows, errors


def check(path: Path) -> int:
    rows, errors = read_jsonl(path)
    errors += validate(rows)
    for e in errors:
        print(e)
    print(f"{path}: {len(rows)} rows, {'FAILED' if errors else 'ok'}")
    return 1 if errors else 0


def print_stats(pairs: list[tuple[str, object]]) -> None:
    def flags(example):
        roles = [t.role for t in example.messages]
        return (example.lang != "en", roles[0] == "system", roles.count("user") > 1)

    print("| label | n | non-English | with system prompt | multi-turn |")
    print("|---|---|---|---|---|")
    totals = [0, 0, 0, 0]
    for label in LABELS:
        mine = [flags(e) for lab, e in pairs if lab == label]
        cols = [len(mine)] + [sum(f[i] for f in mine) for i in range(3)]
        totals = [a + b for a, b in zip(totals, cols)]
        print(f"| {label} | " + " | ".join(map(str, cols)) + " |")
    n = totals[0]
    pct = [f"{t} ({round(100 * t / n)}%)" for t in totals[1:]]
    print(f"| **total** | **{n}** | " + " | ".join(f"**{p}**" for p in pct) + " |")
    langs = Counter(e.lang for _, e in pairs)
    print("\nBy language of the final instruction: " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    both = sum(1 for _, e in pairs if flags(e)[1] and flags(e)[2])
    single = sum(1 for _, e in pairs if len(e.messages) == 1)
    lengths = [len(e.messages[-1].content) for _, e in pairs]
    print(f"{both} rows have both a system prompt and earlier turns; {single} are a single user message.")
    print(f"Final user messages run from {min(lengths)} to {max(lengths)} characters "
          f"(median {statistics.median(lengths):g}); {sum(x > 600 for x in lengths)} are longer than 600.")
    longest = max(len(t.content) for _, e in pairs for t in e.messages)
    print(f"Longest single message (any role): {longest} characters.")


def build() -> int:
    pairs = load_examples()
    rows = [to_row(label, e) for label, e in pairs]
    errors = validate(rows)
    if errors:
        for e in errors:
            print(e)
        print("not written")
        return 1
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    status = check(OUT)
    if status == 0:
        print()
        print_stats(pairs)
    return status


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "--check":
        sys.exit(check(Path(args[1]) if len(args) > 1 else OUT))
    sys.exit(build())
