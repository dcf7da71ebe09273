"""Build and validate holdout_unseen6.jsonl from the hand-written prompts in this folder.

Usage: python3 tests/data/task_labels/unseen6/src/build.py          (rebuild, validate, print stats)
       python3 tests/data/task_labels/unseen6/src/build.py --check [FILE]  (validate a jsonl only; default
                                                                       the committed holdout_unseen6.jsonl)

The rules are those of every hold-out set: tests/data/task_labels/holdout_build.py.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/data/task_labels: the builder every hold-out set shares
from holdout_build import run  # noqa: E402

if __name__ == "__main__":
    sys.exit(run(HERE, HERE.parent / "holdout_unseen6.jsonl"))
