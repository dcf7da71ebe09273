"""Grouped cross-validation of the task-label trainer on the hand-written natural corpus.

    .venv/bin/python scripts/task_classifier/grouped_cv.py [--l2 1e-4] [--natural-share 0.5] [--epochs 120]

Folds are groups of natural batches (a batch is written in one sitting, in one voice, so prompts of one batch are
near-duplicates of each other in style; splitting by batch measures how a model does on a NEW way of asking):
batches 1-3, 4-6 and 7+ (batch 1 = <label>.py, batch k = <label>_k.py). Each fold trains on the template corpus
(its training split, as train_task_classifier.py does) plus the natural training prompts (not the every-5th
hold-out) of the other groups, and is scored on every prompt of its own group. Prints pooled per-label accuracy,
macro accuracy (mean over labels) and overall. Nothing is written; unseen*/ is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from scripts.task_classifier.corpus import LABELS  # noqa: E402
from scripts.task_classifier.natural import HOLDOUT_EVERY, batches_of, _messages  # noqa: E402
from train_task_classifier import corpus_split, featurise, natural_weight_for, train  # noqa: E402

from gammainfra_gateway.classify.features import features, split_messages  # noqa: E402

GROUPS = ((1, 2, 3), (4, 5, 6), tuple(range(7, 20)))


def scores(vocab, w, b, feats) -> list[int]:
    out = []
    for fs in feats:
        s = b.copy()
        for f in fs:
            j = vocab.get(f)
            if j is not None:
                s = s + w[j]
        out.append(int(np.argmax(s)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--epochs", type=int, default=120)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--natural-share", type=float, default=0.5)
    args = parser.parse_args()
    train_rows, weights, _dev = corpus_split(args.seed)
    base_feats = featurise(train_rows)
    by_batch = batches_of()  # [(label, batch, index within label, entry)]
    right, total = Counter(), Counter()
    for group in GROUPS:
        natural = [{"label": lab, "messages": _messages(e)} for lab, batch, i, e in by_batch
                   if batch not in group and i % HOLDOUT_EVERY != HOLDOUT_EVERY - 1]
        tested = [(lab, _messages(e)) for lab, batch, _i, e in by_batch if batch in group]
        if not tested:
            continue
        nw = natural_weight_for(args.natural_share, weights, len(natural))
        feats = base_feats + featurise(natural)
        labels = [r["label"] for r in train_rows] + [r["label"] for r in natural]
        sw = np.array(list(weights) + [nw] * len(natural))
        vocab, w, b = train(feats, labels, sw, args.epochs, args.l2)
        got = scores(vocab, w, b, [features(*split_messages(m)) for _, m in tested])
        for (lab, _), g in zip(tested, got):
            total[lab] += 1
            right[lab] += LABELS[g] == lab
        print(f"group {group[0]}-{group[-1]}: {len(tested)} prompts", file=sys.stderr, flush=True)
    per = {lab: right[lab] / total[lab] for lab in LABELS if total[lab]}
    result = {"l2": args.l2, "natural_share": args.natural_share, "epochs": args.epochs,
              "macro": round(sum(per.values()) / len(per), 4),
              "overall": round(sum(right.values()) / sum(total.values()), 4),
              "n": sum(total.values()), "per_label": {k: round(v, 4) for k, v in per.items()}}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
