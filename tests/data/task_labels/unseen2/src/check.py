"""Validate holdout_unseen2.jsonl on its own (without the prompts_*.py sources).

Run: python3 tests/data/task_labels/unseen2/src/check.py
Exit 1 with the reasons if any row does not parse, has a label outside the
llm.requests.v1 task_label enum (or `other`, which is a fallback and not a task),
is badly shaped, or if a label does not have exactly 60 rows or a final user
message repeats.
"""
import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
JSONL = HERE.parent / "holdout_unseen2.jsonl"
SCHEMA = HERE.parents[4] / "schemas" / "llm.requests.v1" / "v1.schema.json"
PER_LABEL = 60


def main():
    labels = set(json.loads(SCHEMA.read_text())["properties"]["task_label"]["enum"]) - {"other"}
    errors, per_label, finals = [], collections.Counter(), collections.Counter()
    for number, line in enumerate(JSONL.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            errors.append(f"line {number}: not JSON ({error})")
            continue
        if set(row) != {"label", "messages"}:
            errors.append(f"line {number}: keys {sorted(row)}")
            continue
        if row["label"] not in labels:
            errors.append(f"line {number}: label {row['label']!r} not in {sorted(labels)}")
        messages = row["messages"]
        roles = [m.get("role") for m in messages]
        if not messages or roles[-1] != "user" or "system" in roles[1:] \
                or not set(roles) <= {"system", "user", "assistant"} \
                or any(set(m) != {"role", "content"} or not m["content"].strip() for m in messages):
            errors.append(f"line {number}: bad messages {roles}")
            continue
        per_label[row["label"]] += 1
        finals[messages[-1]["content"].lower()] += 1
    errors += [f"{label}: {per_label[label]} rows, want {PER_LABEL}" for label in sorted(labels)
               if per_label[label] != PER_LABEL]
    errors += [f"duplicate final message: {text[:60]!r}" for text, n in finals.items() if n > 1]
    print("\n".join(errors) if errors else f"ok: {sum(per_label.values())} rows, " + ", ".join(
        f"{label} {n}" for label, n in sorted(per_label.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
