"""The whole sets the trainer learns from (scripts/task_classifier/retired.py: retired hold-outs and independent
writers' training sets) are well formed, and none of their prompts is in a hold-out still used to measure the
model (unseen5 as the dev set, unseen6 as the figure of record): a leak would inflate the figure silently."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data" / "task_labels"
IN_USE = ("unseen5", "unseen6")

spec = importlib.util.spec_from_file_location("retired", ROOT / "scripts" / "task_classifier" / "retired.py")
retired = importlib.util.module_from_spec(spec)
spec.loader.exec_module(retired)
spec = importlib.util.spec_from_file_location("holdout_build", DATA / "holdout_build.py")
holdout_build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(holdout_build)


def _conversation(row: dict) -> str:
    """The whole conversation, whitespace and case folded: a short last message ("ok, and in French?") may
    recur across writers; the same conversation may not."""
    return "\x1e".join(m["role"] + ":" + " ".join(str(m["content"]).split()).lower() for m in row["messages"])


def test_every_training_set_exists_with_50_prompts_a_label() -> None:
    for path in retired.set_paths():
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        counts = Counter(r["label"] for r in rows)
        assert len(counts) == 8 and "other" not in counts, (path, counts)
        assert min(counts.values()) >= 50, (path, counts)
        assert all(r["messages"][-1]["role"] == "user" for r in rows), path


def test_every_independently_written_set_passes_the_shared_validator() -> None:
    # unseen/ and unseen2/ predate the shared builder (their own rules: unseen2 has 60 a label for two labels).
    writers = ROOT / "scripts" / "task_classifier" / "writers"
    paths = [DATA / f"unseen{n}" / f"holdout_unseen{n}.jsonl" for n in (3, 4, 5, 6)] + [*writers.glob("*/*.jsonl")]
    assert len(paths) == 8 and all(p.exists() for p in paths), paths
    labels = holdout_build.schema_labels()
    for path in paths:
        assert holdout_build.validate(holdout_build.read_jsonl(path), labels) == [], path


def test_no_hold_out_in_use_is_a_training_set_or_shares_a_prompt_with_one() -> None:
    assert not set(IN_USE) & set(retired.RETIRED)
    trained = {_conversation(r) for r in retired.retired_rows()}
    for name in IN_USE:
        path = DATA / name / f"holdout_{name}.jsonl"
        if not path.exists():
            continue
        held = {_conversation(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line}
        # A one- or two-word greeting ("hi", "thanks!") may occur in two writers' sets; anything longer may not.
        shared = [c for c in held & trained if len(c.split()) > 2]
        assert not shared, (name, len(shared))
