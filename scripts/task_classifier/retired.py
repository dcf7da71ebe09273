"""Hold-outs retired into training data (SHIPPING_RULE.md, "The four read hold-outs become training data").

Each of these sets was written by a separate writer who never saw the classifier, and each has been read after
several models' decisions, so none of them measures an unseen writer any more. They are the only text in the
repository not written by the corpus writers, and writer-to-writer shift is what the unseen sets measure, so the
trainer uses them whole (no 5th-prompt hold-out) as natural rows. A set listed here is never a hold-out again.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RETIRED = ("unseen", "unseen2", "unseen3", "unseen4")


def retired_rows(names: tuple[str, ...] = RETIRED) -> list[dict]:
    rows = []
    for name in names:
        path = ROOT / "tests/data/task_labels" / name / f"holdout_{name}.jsonl"
        with path.open(encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    return rows
