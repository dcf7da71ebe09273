"""The trained task-label model: a linear scorer over the sparse features of
features.py, loaded once from the artefact beside this file (task_model.json,
written by scripts/train_task_classifier.py; its `version` is the sha256 of
its weights). Softmax over the label scores gives the confidence.

Pure and deterministic; the artefact is read at import, never per request.
Raises ValueError at import when the artefact is malformed (a broken deploy
must not start).

Loaded compactly: the ~195k weights take ~1k distinct values and ~24k rows ~14k
distinct ones, so equal values and equal rows (bit for bit) are one shared object
each (~6 MB less resident memory per process; the scores are unchanged).
"""

from __future__ import annotations

import json
import math
from array import array
from pathlib import Path

ARTEFACT = Path(__file__).with_name("task_model.json")


class LinearModel:
    def __init__(self, data: dict) -> None:
        self.version: str = data["version"]
        self.labels: tuple[str, ...] = tuple(data["labels"])
        self._bias: list[float] = list(data["bias"])
        width = len(self.labels)
        if len(self._bias) != width or any(len(w) != width for w in data["weights"].values()):
            raise ValueError(f"{ARTEFACT}: every weight row must have {width} values")
        rows: dict[bytes, tuple[float, ...]] = {}  # keyed by the doubles' bits: 0.0 and -0.0 stay apart
        self._weights: dict[str, tuple[float, ...]] = {
            feature: rows.setdefault(array("d", row).tobytes(), tuple(row))
            for feature, row in data["weights"].items()}

    def predict(self, feats: list[str]) -> tuple[str, float]:
        """(best label, its softmax probability)."""
        weights = self._weights
        rows = [weights[f] for f in feats if f in weights]
        rows.append(self._bias)
        scores = [sum(column) for column in zip(*rows)]  # C loops: ~30x faster than summing row by row
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        best = scores.index(top)
        return self.labels[best], exp[best] / sum(exp)


def load_model(path: Path = ARTEFACT) -> LinearModel:
    floats: dict[str, float] = {}  # by their text, so equal values are one object

    def shared_float(text: str) -> float:
        value = floats.get(text)
        if value is None:
            value = floats[text] = float(text)
        return value

    with path.open(encoding="utf-8") as fh:
        return LinearModel(json.load(fh, parse_float=shared_float))
