"""Whole labelled sets written by independent writers, trained on as natural rows (SHIPPING_RULE.md, session 12).

Two kinds, both by writers who never saw the classifier, its code or its corpus:
- hold-outs retired into training (`tests/data/task_labels/unseen*/`): each was read after several models'
  decisions, so none of them measures an unseen writer any more; a set listed here is never a hold-out again;
- training sets written the same independent way (`scripts/task_classifier/writers/<name>/`).
Writer-to-writer shift is what the unseen sets measure, and these are the only text in the repository not written by
the corpus writers, so the trainer uses them whole (no 5th-prompt hold-out).
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RETIRED = ("unseen", "unseen2", "unseen3", "unseen4")
WRITERS: tuple[str, ...] = ("writer3", "writer4")  # writer1, writer2: tried in session 12, not shipped (SHIPPING_RULE.md)


def set_paths(retired: tuple[str, ...] = RETIRED, writers: tuple[str, ...] = WRITERS) -> list[Path]:
    return [ROOT / "tests/data/task_labels" / name / f"holdout_{name}.jsonl" for name in retired] + \
        [ROOT / "scripts/task_classifier/writers" / name / f"{name}.jsonl" for name in writers]


def retired_rows(retired: tuple[str, ...] = RETIRED, writers: tuple[str, ...] = WRITERS) -> list[dict]:
    rows = []
    for path in set_paths(retired, writers):
        with path.open(encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    return rows
