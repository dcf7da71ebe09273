"""Regenerate holdout_unseen2.jsonl from the hand-written prompts_<label>.py files and validate it.

Run: python3 tests/data/task_labels/unseen2/src/build.py
Fails (exit 1) unless every row is well formed, every label is in the
llm.requests.v1 task_label enum, each label has exactly PER_LABEL prompts and
no final user message repeats.
"""
import collections
import importlib.util
import json
import pathlib
import statistics
import sys

SRC = pathlib.Path(__file__).resolve().parent
OUT = SRC.parent / "holdout_unseen2.jsonl"
SCHEMA = SRC.parents[4] / "schemas" / "llm.requests.v1" / "v1.schema.json"
PER_LABEL = 60

sys.path.insert(0, str(SRC))
from common import LABELS, ROLES  # noqa: E402


def load(label):
    spec = importlib.util.spec_from_file_location(f"prompts_{label}", SRC / f"prompts_{label}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.LABEL == label, (label, module.LABEL)
    return module.EXAMPLES


def problems_of(row):
    messages = row["messages"]
    found = []
    if not messages or messages[-1]["role"] != "user":
        found.append("last message is not from the user")
    for i, message in enumerate(messages):
        if message["role"] not in ROLES:
            found.append(f"unknown role {message['role']!r}")
        if message["role"] == "system" and i != 0:
            found.append("system message not first")
        if not message["content"].strip():
            found.append("empty message")
    return found


def main():
    # The label set is the event schema's enum; `other` is the low-confidence fallback, not a task.
    enum = set(json.loads(SCHEMA.read_text())["properties"]["task_label"]["enum"])
    assert set(LABELS) <= enum and enum - set(LABELS) == {"other"}, enum
    rows, errors = [], []
    for label in LABELS:
        examples = load(label)
        if len(examples) != PER_LABEL:
            errors.append(f"{label}: {len(examples)} prompts, want {PER_LABEL}")
        for example in examples:
            for problem in problems_of(example):
                errors.append(f"{label}: {problem}: {example['messages'][-1]['content'][:60]!r}")
            rows.append((label, example))
    finals = collections.Counter(e["messages"][-1]["content"].lower() for _, e in rows)
    errors += [f"duplicate final message: {text[:60]!r}" for text, n in finals.items() if n > 1]
    if errors:
        print("\n".join(errors))
        return 1
    with OUT.open("w", encoding="utf-8") as out:
        for label, example in rows:
            out.write(json.dumps({"label": label, "messages": example["messages"]}, ensure_ascii=False) + "\n")
    # Re-read what was written: every line parses and carries a valid label.
    written = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert len(written) == len(rows) and all(r["label"] in enum for r in written)
    report(rows)
    return 0


def report(rows):
    print("| label | n | non-English | with system prompt / earlier turns |")
    print("|---|---|---|---|")
    for label in LABELS:
        mine = [e for lab, e in rows if lab == label]
        foreign = sum(e["lang"] != "en" for e in mine)
        context = sum(len(e["messages"]) > 1 for e in mine)
        print(f"| {label} | {len(mine)} | {foreign} | {context} |")
    foreign = sum(e["lang"] != "en" for _, e in rows)
    context = sum(len(e["messages"]) > 1 for _, e in rows)
    with_system = sum(e["messages"][0]["role"] == "system" for _, e in rows)
    multi_user = sum(sum(m["role"] == "user" for m in e["messages"]) > 1 for _, e in rows)
    print(f"| **total** | **{len(rows)}** | **{foreign} ({foreign / len(rows):.0%})** | **{context} ({context / len(rows):.0%})** |")
    print(f"\nwith a system prompt: {with_system}; with earlier user turns: {multi_user}")
    langs = collections.Counter(e["lang"] for _, e in rows)
    print("languages:", ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    order = [k for k, _ in langs.most_common()]
    print("\n| label | " + " | ".join(order) + " |")
    print("|---|" + "---|" * len(order))
    for label in LABELS:
        per = collections.Counter(e["lang"] for lab, e in rows if lab == label)
        print(f"| {label} | " + " | ".join(str(per[k]) for k in order) + " |")
    lengths = sorted(len(e["messages"][-1]["content"]) for _, e in rows)
    # Chinese and Japanese are written without spaces, so they have no word count.
    words = sorted(len(e["messages"][-1]["content"].split()) for _, e in rows if e["lang"] not in ("zh", "ja"))
    print(f"final user message: {lengths[0]}..{lengths[-1]} characters, median {statistics.median(lengths):.0f}; "
          f"{sum(n > 600 for n in lengths)} longer than 600; shortest {words[0]} words (zh/ja not counted)")


if __name__ == "__main__":
    sys.exit(main())
