"""Build and validate writer1.jsonl from the hand-written prompts in this folder.

Usage: python3 scripts/task_classifier/writers/writer1/src/build.py                (rebuild, validate, stats)
       python3 scripts/task_classifier/writers/writer1/src/build.py --check [FILE]   (validate a jsonl only;
                                                                  default the committed writer1.jsonl)

The rules are the ones tests/data/task_labels/unseen3/README.md states for a hand-written set. unseen3's
build.py delegates them to a shared module this writer was not allowed to open, so they are written out here
from the README: every label in the schema's task_label enum except `other`, exactly 50 rows a label, the
last message from `user`, `system` only first, user/assistant alternating, no empty message, no two final
user messages equal once case and whitespace are ignored, and every written line parses again.
"""

import importlib
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "writer1.jsonl"
REPO = HERE.parents[4]
SCHEMA = REPO / "schemas" / "llm.requests.v1" / "v1.schema.json"
PER_LABEL = 50
LANG_NAMES = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "tr": "Turkish", "ru": "Russian",
    "uk": "Ukrainian", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "hi": "Hindi",
    "ar": "Arabic", "id": "Indonesian", "vi": "Vietnamese", "sv": "Swedish", "el": "Greek",
    "th": "Thai",
}


def allowed_labels() -> list[str]:
    # The label set is the schema's, so a label added to or removed from the enum shows up here.
    enum = json.loads(SCHEMA.read_text())["properties"]["task_label"]["enum"]
    return [label for label in enum if label != "other"]


def row_problems(row: object) -> list[str]:
    """What is wrong with one decoded row (empty list when nothing is)."""
    if not isinstance(row, dict) or set(row) != {"label", "messages"}:
        return ["row must be an object with exactly 'label' and 'messages'"]
    problems = []
    if row["label"] not in allowed_labels():
        problems.append(f"label {row['label']!r} is not a task_label other than 'other'")
    msgs = row["messages"]
    if not isinstance(msgs, list) or not msgs:
        return problems + ["messages must be a non-empty list"]
    for i, m in enumerate(msgs):
        if not isinstance(m, dict) or set(m) != {"role", "content"}:
            problems.append(f"message {i} must have exactly 'role' and 'content'")
            continue
        if not isinstance(m["content"], str) or not m["content"].strip():
            problems.append(f"message {i} is empty")
        if m["role"] == "system" and i != 0:
            problems.append(f"message {i} is a system message after the first position")
        if m["role"] not in ("system", "user", "assistant"):
            problems.append(f"message {i} has role {m['role']!r}")
    turns = [m.get("role") for m in msgs if isinstance(m, dict) and m.get("role") != "system"]
    expected = ["user" if i % 2 == 0 else "assistant" for i in range(len(turns))]
    if turns != expected:
        problems.append(f"turns do not alternate user/assistant starting with user: {turns}")
    last = msgs[-1]
    if not isinstance(last, dict) or last.get("role") != "user":
        problems.append("last message is not from user")
    return problems


def final_user_key(row: dict) -> str:
    return " ".join(row["messages"][-1]["content"].split()).casefold()


def validate(numbered: list[tuple[int, object]]) -> list[str]:
    """Every problem in a whole set, each naming the 1-based line of its row."""
    rows = [r for _, r in numbered]
    problems = [f"row {n}: {p}" for n, row in numbered for p in row_problems(row)]
    good = [(n, r) for n, r in numbered if not row_problems(r)]
    seen: dict[str, int] = {}
    for n, row in good:
        key = final_user_key(row)
        if key in seen:
            problems.append(f"row {n}: final user message duplicates row {seen[key]}")
        seen.setdefault(key, n)
    counts = Counter(r["label"] for r in rows if isinstance(r, dict) and "label" in r)
    for label in allowed_labels():
        if counts[label] != PER_LABEL:
            problems.append(f"label {label}: {counts[label]} rows, want {PER_LABEL}")
    return problems


def read_jsonl(path: Path) -> tuple[list[tuple[int, object]], list[str]]:
    rows, problems = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as err:
            problems.append(f"line {n}: does not parse: {err}")
    return rows, problems


def load_examples() -> list[tuple[str, object]]:
    sys.path.insert(0, str(HERE))
    out = []
    for label in allowed_labels():
        module = importlib.import_module(f"prompts_{label}")
        out.extend((label, e) for e in module.PROMPTS)
    return out


def print_stats(examples: list[tuple[str, object]]) -> None:
    print("| label | n | non-English | with system prompt | multi-turn |")
    print("|---|---|---|---|---|")
    tot = Counter()
    for label in allowed_labels():
        mine = [e for lab, e in examples if lab == label]
        c = Counter(
            n=len(mine),
            foreign=sum(e.lang != "en" for e in mine),
            system=sum(e.messages[0].role == "system" for e in mine),
            multi=sum(sum(t.role == "user" for t in e.messages) > 1 for e in mine),
        )
        tot.update(c)
        print(f"| {label} | {c['n']} | {c['foreign']} | {c['system']} | {c['multi']} |")
    n = tot["n"]
    pct = lambda k: f"{tot[k]} ({round(100 * tot[k] / n)}%)"  # noqa: E731
    print(f"| **total** | **{n}** | **{pct('foreign')}** | **{pct('system')}** | **{pct('multi')}** |")
    langs = Counter(e.lang for _, e in examples)
    print("\nBy language of the final instruction: "
          + ", ".join(f"{LANG_NAMES.get(k, k)} {v}" for k, v in langs.most_common()))
    both = sum(e.messages[0].role == "system" and sum(t.role == "user" for t in e.messages) > 1
               for _, e in examples)
    single = sum(len(e.messages) == 1 for _, e in examples)
    lens = [len(e.messages[-1].content) for _, e in examples]
    print(f"{both} rows have both a system prompt and earlier turns; {single} are a single user message.")
    print(f"Final user messages run from {min(lens)} to {max(lens)} characters "
          f"(median {statistics.median(lens):g}); {sum(x > 600 for x in lens)} are longer than 600 characters.")
    longest = max(sum(len(t.content) for t in e.messages) for _, e in examples)
    print(f"Longest row, all messages together: {longest} characters.")


def check(path: Path) -> int:
    rows, problems = read_jsonl(path)
    problems += validate(rows)
    for p in problems:
        print(p)
    print(f"{path}: {len(rows)} rows, {'OK' if not problems else f'{len(problems)} problem(s)'}")
    return 1 if problems else 0


def build() -> int:
    examples = load_examples()
    unknown = sorted({e.lang for _, e in examples} - set(LANG_NAMES))
    if unknown:
        print(f"unknown language codes: {unknown}")
        return 1
    rows = [{"label": label, "messages": [{"role": t.role, "content": t.content} for t in e.messages]}
            for label, e in examples]
    problems = validate(list(enumerate(rows, 1)))
    if problems:
        for p in problems:
            print(p)
        print(f"not written: {len(problems)} problem(s)")
        return 1
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {OUT.relative_to(REPO)}: {len(rows)} rows")
    print_stats(examples)
    return check(OUT)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--check"]:
        sys.exit(check(Path(sys.argv[2]) if len(sys.argv) > 2 else OUT))
    sys.exit(build())
