"""Build and validate writer4.jsonl from the hand-written prompts in this folder.

Usage: python3 scripts/task_classifier/writers/writer4/src/build.py          (rebuild, validate, print stats)
       python3 scripts/task_classifier/writers/writer4/src/build.py --check [FILE]  (validate a jsonl only; default
                                                                          the committed writer4.jsonl)

The rules are those of every independently written set, hold-out or training:
tests/data/task_labels/holdout_build.py (one validator instead of a copy per set).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[4] / "tests" / "data" / "task_labels"))  # the builder every such set shares
from holdout_build import run  # noqa: E402

if __name__ == "__main__":
    sys.exit(run(HERE, HERE.parent / "writer4.jsonl"))
