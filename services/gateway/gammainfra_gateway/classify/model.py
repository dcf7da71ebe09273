"""The trained task-label model: a linear scorer over the sparse features of
features.py, loaded once from the artefact beside this file (task_model.json,
written by scripts/train_task_classifier.py; its `version` is the sha256 of
its weights). Softmax over the label scores gives the confidence.

Pure and deterministic; the artefact is read at import, never per request.
No numpy (it alone cost the gateway ~20 MB of RSS): each feature's per-label
weights are packed as fixed-point lanes of ONE Python int, so a prediction is
one C-level `sum` over a list of ints (one add per feature, not one per
feature per label), then the lanes are unpacked.

Packing: the artefact's weights are decimals with at most 3 places (the trainer
rounds them), so a weight is exactly an integer number of milli-units (SCALE).
Lane i of a feature's int holds weight_i * SCALE + OFFSET (OFFSET keeps a lane
non-negative). A lane of n summed ints is at most n * 2 * OFFSET < 2^LANE_BITS
for n < 2^(LANE_BITS - OFFSET_BITS - 1) = 2^27 features, and features() emits
at most a few thousand, so no lane carries into the next. Quantisation error:
none; each score is the exact sum of the artefact's decimal weights, divided by
SCALE once (correctly rounded). The former float sum differed from that exact
sum only by its own rounding, at most n * 2^-53 * sum|w| (tests/unit/gateway/
test_task_outputs_pinned.py checks the packed scores against float sums within it).
Raises ValueError at import when the artefact is malformed (a broken deploy
must not start), including a weight that is not a whole number of milli-units
or too large for a lane.
"""

from __future__ import annotations

import json
import math
from itertools import repeat
from pathlib import Path

ARTEFACT = Path(__file__).with_name("task_model.json")
SCALE = 1_000  # milli-units: the artefact's weights have at most 3 decimals
LANE_BITS = 48
OFFSET_BITS = 20
OFFSET = 1 << OFFSET_BITS  # |weight| * SCALE must stay below this (weights within ±1,048)
LANE_MASK = (1 << LANE_BITS) - 1
MAX_FEATURES = 1 << (LANE_BITS - OFFSET_BITS - 1)  # below this many summed ints no lane can carry


def to_units(value: float, where: str) -> int:
    """A weight as an exact integer of milli-units; ValueError if it is not one or does not fit a lane."""
    units = round(value * SCALE)
    if abs(value * SCALE - units) > 1e-6 or abs(units) >= OFFSET:
        raise ValueError(f"{ARTEFACT}: weight {value!r} of {where} is not a milli-unit within ±{OFFSET}")
    return units


def pack(units: list[int]) -> int:
    """One int whose lane i (LANE_BITS wide, lowest first) is units[i] + OFFSET."""
    packed = 0
    for lane, unit in enumerate(units):
        packed |= (unit + OFFSET) << (lane * LANE_BITS)
    return packed


class LinearModel:
    def __init__(self, data: dict) -> None:
        self.version: str = data["version"]
        self.labels: tuple[str, ...] = tuple(data["labels"])
        width = len(self.labels)
        weights: dict[str, list[float]] = data["weights"]  # not kept: the packed ints hold them
        if len(data["bias"]) != width or any(len(w) != width for w in weights.values()):
            raise ValueError(f"{ARTEFACT}: every weight row must have {width} values")
        self._bias = pack([to_units(v, "the bias") for v in data["bias"]])
        self._zero = pack([0] * width)  # an unknown feature adds OFFSET to every lane, as a known one does
        self._packed: dict[str, int] = {f: pack([to_units(v, f) for v in row]) for f, row in weights.items()}
        self._shifts = tuple(lane * LANE_BITS for lane in range(width))

    def unit_scores(self, feats: list[str]) -> list[int]:
        """Each label's score in milli-units: the exact sum of the bias and the features' weights."""
        total = sum(map(self._packed.get, feats, repeat(self._zero)), self._bias)
        offset = (len(feats) + 1) * OFFSET
        return [((total >> shift) & LANE_MASK) - offset for shift in self._shifts]

    def predict(self, feats: list[str]) -> tuple[str, float]:
        """(best label, its softmax probability)."""
        units = self.unit_scores(feats)
        top = max(units)
        best = units.index(top)  # the first label on a tie, as before
        exp = [math.exp((u - top) / SCALE) for u in units]
        return self.labels[best], exp[best] / sum(exp)


def load_model(path: Path = ARTEFACT) -> LinearModel:
    with path.open(encoding="utf-8") as fh:
        return LinearModel(json.load(fh))
