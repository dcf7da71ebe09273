"""Train the task-label model (multinomial logistic regression over the sparse
features of gammainfra_gateway.classify.features) and write the versioned
artefact the gateway loads.

    .venv/bin/python scripts/train_task_classifier.py [--seed 18] [--epochs 120] [--natural-share 0.5]
                                                      [--retired-weight 3]

Corpus: scripts/task_classifier/corpus.py (templates, bodies, wrappers, the
project's train.jsonl) and the hand-written natural corpus
(scripts/task_classifier/natural/), which carries --natural-share of the total
training weight so the many template fills do not dominate. A dev split of the
corpus.py rows (every 6th row by a seeded shuffle) is never trained on; its rows go
to tests/data/task_labels/dev.jsonl. Every 5th natural prompt of each label is never
trained on either; those go to tests/data/task_labels/natural_holdout.jsonl. The
hold-outs retired into training (scripts/task_classifier/retired.py) count as natural
rows, each weighing --retired-weight natural prompts. The
unit tests check the shipped model against both. Deterministic for a seed (numpy,
full-batch gradient descent with Adam, L2). The artefact (task_model.tsv, format in
classify/model.py) holds the weights in milli-units; its version is the sha256 of them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from scripts.task_classifier.corpus import LABELS, build, project_train  # noqa: E402
from scripts.task_classifier.handwritten import handwritten_rows  # noqa: E402
from scripts.task_classifier.natural import natural_rows  # noqa: E402
from scripts.task_classifier.retired import retired_rows  # noqa: E402

from gammainfra_gateway.classify.features import features, split_messages  # noqa: E402

ARTEFACT = ROOT / "services/gateway/gammainfra_gateway/classify/task_model.tsv"
SCALE = 1_000  # milli-units: model.py sums them as exact integers
DEV = ROOT / "tests/data/task_labels/dev.jsonl"
DEV_HANDWRITTEN = ROOT / "tests/data/task_labels/dev_handwritten.jsonl"  # the dev rows not made by a template
NATURAL_HOLDOUT = ROOT / "tests/data/task_labels/natural_holdout.jsonl"  # every 5th natural prompt, never trained on
MIN_COUNT = 2
HAND_WEIGHT = 5.0
# The natural corpus (scripts/task_classifier/natural/) carries this share of the total training weight,
# so the many template fills cannot drown the phrasings people actually use.
NATURAL_SHARE = 0.5
RETIRED_WEIGHT = 3.0  # chosen by leave-one-set-out over the retired sets (SHIPPING_RULE.md, session 12)
PRUNE = 0.02  # weights smaller than this (every label) are dropped from the artefact
# ... raised in steps of 0.01 (up to PRUNE_MAX) until at most MAX_ARTEFACT_FEATURES remain: the artefact lives in every
# gateway worker (issue 17's RSS budget; past 43,690 keys the weight dict's table also doubles). SHIPPING_RULE.md.
MAX_ARTEFACT_FEATURES = 43_000  # lines of the artefact (not model.MAX_FEATURES, the per-prompt bound)
PRUNE_MAX = 0.10


def featurise(rows):
    return [features(*split_messages(r["messages"])) for r in rows]


def train(feats, labels, sample_weights, epochs, l2, lr=0.05):
    counts = Counter(f for fs in feats for f in set(fs))
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= MIN_COUNT))}
    n, d, k = len(feats), len(vocab), len(LABELS)
    rows, cols = [], []
    for i, fs in enumerate(feats):
        for f in fs:
            j = vocab.get(f)
            if j is not None:
                rows.append(i)
                cols.append(j)
    y = np.zeros((n, k))
    y[np.arange(n), [LABELS.index(lab) for lab in labels]] = 1
    x_rows, x_cols = np.array(rows), np.array(cols)
    # Sums over each row's features (logits) and each feature's rows (gradient) by np.add.reduceat over
    # sorted runs: ~10x faster than np.add.at. Every row has a feature (len:) and every vocabulary
    # feature a row, so no run is empty.
    row_starts = np.flatnonzero(np.r_[True, x_rows[1:] != x_rows[:-1]])
    by_col = np.argsort(x_cols, kind="stable")
    col_rows = x_rows[by_col]
    col_starts = np.flatnonzero(np.r_[True, x_cols[by_col][1:] != x_cols[by_col][:-1]])
    w, b = np.zeros((d, k)), np.zeros(k)
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    for step in range(1, epochs + 1):
        logits = np.add.reduceat(w[x_cols], row_starts, axis=0)
        logits += b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) * sample_weights[:, None] / sample_weights.sum()
        g_w = np.add.reduceat(g[col_rows], col_starts, axis=0)
        g_w += l2 * w
        g_b = g.sum(axis=0)
        for param, grad, m, v in ((w, g_w, m_w, v_w), (b, g_b, m_b, v_b)):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad * grad
            param -= lr * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
        if step % 20 == 0:
            loss = -np.log((p * y).sum(axis=1) + 1e-12).mean()
            print(f"epoch {step}: loss {loss:.4f}", file=sys.stderr)
    return vocab, w, b


def prune_threshold(w, max_features: int = MAX_ARTEFACT_FEATURES) -> float:
    """The smallest threshold from PRUNE up, in steps of 0.01, that leaves at most max_features features."""
    largest = np.abs(w).max(axis=1)
    for step in range(int(round(PRUNE * 100)), int(round(PRUNE_MAX * 100)) + 1):
        if int((largest >= step / 100).sum()) <= max_features:
            return step / 100
    raise SystemExit(f"more than {max_features} features even at a threshold of {PRUNE_MAX}")


def artefact_text(vocab, w, b, trained_on: int, prune: float = PRUNE) -> str:
    """The artefact model.py loads: a JSON header line, then "feature\tw1 ... w8" in milli-units (rounded;
    -0 becomes 0), features sorted; a feature whose weights are all below `prune` is left out. version = "tl-" +
    sha256 of the header without version/trained_on, a newline, and the weight lines (version_of())."""
    lines = []
    for f, j in vocab.items():
        row = w[j]
        if np.abs(row).max() >= prune:
            lines.append(f + "\t" + " ".join(str(int(round(float(v) * SCALE))) for v in row) + "\n")
    header = {"labels": list(LABELS), "bias": [int(round(float(v) * SCALE)) for v in b], "scale": SCALE}
    version = version_of(header, lines)
    return json.dumps({"version": version, "trained_on": trained_on, **header}, ensure_ascii=False) + "\n" + \
        "".join(lines)


def version_of(header: dict, lines: list[str]) -> str:
    body = json.dumps({k: header[k] for k in ("labels", "bias", "scale")}, sort_keys=True) + "\n" + "".join(lines)
    return "tl-" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]


def corpus_split(seed: int):
    """(training rows of the template corpus, their sample weights, dev rows): every 6th row by a seeded
    shuffle is dev and never trained on; rows a person wrote weigh HAND_WEIGHT."""
    rows = build(seed)
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(rows))
    dev_idx = set(order[::6].tolist())
    train_rows = [r for i, r in enumerate(rows) if i not in dev_idx]
    dev_rows = [r for i, r in enumerate(rows) if i in dev_idx]
    written = {json.dumps(r, sort_keys=True) for r in handwritten_rows() + project_train()}
    # Rows a person wrote count HAND_WEIGHT times a template fill: they carry the phrasings templates miss.
    weights = [HAND_WEIGHT if json.dumps(r, sort_keys=True) in written else 1.0 for r in train_rows]
    return train_rows, weights, dev_rows


def natural_weight_for(share: float, weights: list[float], n_natural: int) -> float:
    """Each natural prompt's weight so that together they carry `share` of the total training weight."""
    return share / (1 - share) * sum(weights) / n_natural


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--epochs", type=int, default=120)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--natural-share", type=float, default=NATURAL_SHARE,
                        help="share of the total training weight carried by the natural corpus")
    parser.add_argument("--retired-weight", type=float, default=RETIRED_WEIGHT,
                        help="weight of a retired hold-out's row, in natural prompts")
    parser.add_argument("--max-features", type=int, default=MAX_ARTEFACT_FEATURES,
                        help="prune the artefact to at most this many features")
    args = parser.parse_args()
    train_rows, weights, dev_rows = corpus_split(args.seed)
    natural, natural_held = natural_rows()
    retired = retired_rows()
    natural_weight = natural_weight_for(args.natural_share, weights, len(natural) + len(retired))
    train_rows += natural + retired
    weights = np.array(weights + [natural_weight] * len(natural)
                       + [natural_weight * args.retired_weight] * len(retired))
    vocab, w, b = train(featurise(train_rows), [r["label"] for r in train_rows], weights, args.epochs, args.l2)
    prune = prune_threshold(w, args.max_features)
    text = artefact_text(vocab, w, b, len(train_rows), prune)
    ARTEFACT.write_text(text, encoding="utf-8")
    handwritten = {json.dumps(r, sort_keys=True) for r in handwritten_rows()}
    for path, subset in ((DEV, dev_rows),
                         (DEV_HANDWRITTEN, [r for r in dev_rows if json.dumps(r, sort_keys=True) in handwritten]),
                         (NATURAL_HOLDOUT, natural_held)):
        with path.open("w", encoding="utf-8") as fh:
            for row in subset:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{json.loads(text.split(chr(10), 1)[0])['version']}: {text.count(chr(10)) - 1} features, "
          f"train {len(train_rows)}, dev {len(dev_rows)}, pruned below {prune}")


if __name__ == "__main__":
    main()
