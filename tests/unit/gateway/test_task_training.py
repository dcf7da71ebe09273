"""The task-label training loop (scripts/train_task_classifier.py): its sums by np.add.reduceat over
sorted runs must equal the plain np.add.at scatter they replaced, or a retrain silently learns
something else. Checked on a small random sparse problem against a reference written the plain way."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import numpy as np


def _trainer():
    root = str(Path(__file__).resolve().parents[3])
    if root not in sys.path:
        sys.path.insert(0, root)  # scripts/ is not an installed package
    return importlib.import_module("scripts.train_task_classifier")


def _reference(feats, labels, sample_weights, epochs, l2, labels_all, lr=0.05):
    """The loop as it was before reduceat: np.add.at scatters, same Adam updates."""
    vocab = {f: i for i, f in enumerate(sorted({f for fs in feats for f in fs}))}
    n, d, k = len(feats), len(vocab), len(labels_all)
    x_rows = np.array([i for i, fs in enumerate(feats) for _ in fs])
    x_cols = np.array([vocab[f] for fs in feats for f in fs])
    y = np.zeros((n, k))
    y[np.arange(n), [labels_all.index(lab) for lab in labels]] = 1
    w, b = np.zeros((d, k)), np.zeros(k)
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    for step in range(1, epochs + 1):
        logits = np.zeros((n, k))
        np.add.at(logits, x_rows, w[x_cols])
        logits += b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) * sample_weights[:, None] / sample_weights.sum()
        g_w = np.zeros_like(w)
        np.add.at(g_w, x_cols, g[x_rows])
        g_w += l2 * w
        g_b = g.sum(axis=0)
        for param, grad, m, v in ((w, g_w, m_w, v_w), (b, g_b, m_b, v_b)):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad * grad
            param -= lr * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return vocab, w, b


def test_reduceat_training_equals_the_scatter_reference() -> None:
    trainer = _trainer()
    rng = np.random.default_rng(7)
    words = [f"w:{i}" for i in range(40)]
    # Every feature appears in at least two rows (the script's MIN_COUNT) so both vocabularies match;
    # repeated features within a row are kept (they count twice in both loops).
    feats = [["len:1"] + list(rng.choice(words, size=int(rng.integers(1, 9)))) for _ in range(200)]
    feats += [[w, w] for w in words]
    labels = [trainer.LABELS[int(i)] for i in rng.integers(0, len(trainer.LABELS), size=len(feats))]
    weights = rng.uniform(0.5, 3.0, size=len(feats))

    vocab, w, b = trainer.train(feats, labels, weights, epochs=15, l2=1e-4)
    ref_vocab, ref_w, ref_b = _reference(feats, labels, weights, 15, 1e-4, list(trainer.LABELS))

    assert vocab == ref_vocab
    assert np.allclose(w, ref_w, atol=1e-9) and np.allclose(b, ref_b, atol=1e-9)
    assert np.abs(w).max() > 0.01  # it did learn something, so equality is not two zero matrices
