"""The trained task-label model: a linear scorer over the sparse features of
features.py, loaded once from the artefact beside this file (task_model.json,
written by scripts/train_task_classifier.py; its `version` is the sha256 of
its weights). Softmax over the label scores gives the confidence.

Pure and deterministic; the artefact is read at import, never per request.
The weights are held as one numpy matrix (a row per feature, then an all-zero
row for unknown features and the bias row) so a prediction is one gather and
one column sum in C. The sum adds the rows in feature order starting from 0.0,
as the former `sum(column)` over Python floats did, so the scores are the same
floats bit for bit (tests/unit/gateway/test_task_outputs_pinned.py).
Raises ValueError at import when the artefact is malformed (a broken deploy
must not start).
"""

from __future__ import annotations

import json
import math
from itertools import repeat
from pathlib import Path

import numpy as np

ARTEFACT = Path(__file__).with_name("task_model.json")


class LinearModel:
    def __init__(self, data: dict) -> None:
        self.version: str = data["version"]
        self.labels: tuple[str, ...] = tuple(data["labels"])
        self._bias: list[float] = list(data["bias"])
        weights: dict[str, list[float]] = data["weights"]  # not kept: the matrix holds them (~2 MB, not ~10)
        width = len(self.labels)
        if len(self._bias) != width or any(len(w) != width for w in weights.values()):
            raise ValueError(f"{ARTEFACT}: every weight row must have {width} values")
        self._row_of: dict[str, int] = {feature: i for i, feature in enumerate(weights)}
        self._unknown_row = len(self._row_of)  # zeros: adding +0.0 to a sum that starts at +0.0 changes nothing
        self._bias_row = self._unknown_row + 1
        self._matrix = np.array([*weights.values(), [0.0] * width, self._bias], dtype=np.float64)

    def predict(self, feats: list[str]) -> tuple[str, float]:
        """(best label, its softmax probability)."""
        rows = list(map(self._row_of.get, feats, repeat(self._unknown_row)))
        rows.append(self._bias_row)
        # Summing along axis 0 of a C-ordered matrix adds whole rows one after another (numpy's pairwise
        # summation applies only along the contiguous axis), so each score is the left-to-right sum.
        scores = self._matrix.take(rows, axis=0).sum(axis=0, initial=0.0).tolist()
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        best = scores.index(top)
        return self.labels[best], exp[best] / sum(exp)


def load_model(path: Path = ARTEFACT) -> LinearModel:
    with path.open(encoding="utf-8") as fh:
        return LinearModel(json.load(fh))
