"""Accuracy of the shipped task-label model on the natural prompts of given batches (all of them, trained on or
not: run it BEFORE retraining to see how a new batch is read by a model that never saw it).

    .venv/bin/python scripts/task_classifier/batch_accuracy.py [--held] 9 [10 ...]

--held: only the every-5th hold-out prompts of those batches (never trained on by any model the trainer wrote);
`--held 1 2 3 4 5 6 7 8` is the shipping rule's NH-old (scripts/task_classifier/SHIPPING_RULE.md).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from scripts.task_classifier.natural import HOLDOUT_EVERY, _messages, batches_of  # noqa: E402

from gammainfra_gateway.classify import MODEL_VERSION, classify_task  # noqa: E402


def main() -> None:
    held = "--held" in sys.argv
    wanted = {int(b) for b in sys.argv[1:] if b != "--held"}
    right, total, confusions = Counter(), Counter(), Counter()
    for label, batch, i, entry in batches_of():
        if batch in wanted and (not held or i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1):
            got = classify_task(_messages(entry))
            total[label] += 1
            right[label] += got == label
            if got != label:
                confusions[f"{label}->{got}"] += 1
    per = {lab: right[lab] / total[lab] for lab in total}
    print(f"{MODEL_VERSION} on batches {sorted(wanted)}{' (hold-out rows)' if held else ''}: overall {sum(right.values()) / sum(total.values()):.3f} "
          f"({sum(total.values())}), macro {sum(per.values()) / len(per):.3f}")
    print("  " + "  ".join(f"{lab} {acc:.2f}" for lab, acc in per.items()))
    print("  confusions: " + ", ".join(f"{k} x{v}" for k, v in confusions.most_common()))


if __name__ == "__main__":
    main()
