"""The trained task-label model: a linear scorer over the sparse features of
features.py, loaded once from the artefact beside this file (task_model.tsv,
written by scripts/train_task_classifier.py; its `version` is the sha256 of
its weights). Softmax over the label scores gives the confidence.

Artefact format: a first line of JSON ({"version", "labels", "bias", "scale",
"trained_on"}), then one line a feature: the feature, a tab, its per-label
weights in milli-units (integers) separated by spaces. Features never hold a
tab or a newline (they are built from regex tokens, which hold no whitespace
other than the one space of a word pair). Read line by line, so the load never
holds every weight as a Python list of floats at once (a whole-file JSON parse
raised the process's peak, and so its RSS, by ~15 MB).

Pure and deterministic; the artefact is read at import, never per request.
No numpy (it alone cost the gateway ~20 MB of RSS): each feature's per-label
weights are packed as fixed-point lanes of ONE Python int, so a prediction is
one C-level `sum` over a list of ints (one add per feature, not one per
feature per label), then the lanes are unpacked.

Packing: the artefact's weights are integers of milli-units (SCALE; the trainer
rounds to 3 decimals), so they add up exactly.
Lane i of a feature's int holds weight_i * SCALE + OFFSET (OFFSET keeps a lane
non-negative). A lane of n summed ints is at most n * 2 * OFFSET < 2^LANE_BITS
for n < 2^(LANE_BITS - OFFSET_BITS - 1) = 2^27 features, and features() emits
at most a few thousand, so no lane carries into the next. Quantisation error:
none against the artefact; each score is the exact sum of its weights, divided
by SCALE once (correctly rounded). The former float sum differed from that exact
sum only by its own rounding, at most n * 2^-53 * sum|w| (tests/unit/gateway/
test_task_outputs_pinned.py checks the packed scores against float sums within it).
Rounding the trained weights to milli-units is the trainer's (|error| <= 0.0005
per weight, as before this format).
Raises ValueError at import when the artefact is malformed (a broken deploy
must not start), including a weight too large for a lane.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

ARTEFACT = Path(__file__).with_name("task_model.tsv")
SCALE = 1_000  # milli-units: the artefact's weights have at most 3 decimals
LANE_BITS = 48
OFFSET_BITS = 20
OFFSET = 1 << OFFSET_BITS  # |weight| * SCALE must stay below this (weights within ±1,048)
LANE_MASK = (1 << LANE_BITS) - 1
MAX_FEATURES = 1 << (LANE_BITS - OFFSET_BITS - 1)  # below this many summed ints no lane can carry


def checked(units: list[int], width: int, where: str) -> list[int]:
    if len(units) != width:
        raise ValueError(f"{ARTEFACT}: {where} must have {width} weights, not {len(units)}")
    if any(abs(u) >= OFFSET for u in units):
        raise ValueError(f"{ARTEFACT}: a weight of {where} is outside ±{OFFSET} milli-units")
    return units


def pack(units: list[int]) -> int:
    """One int whose lane i (LANE_BITS wide, lowest first) is units[i] + OFFSET."""
    packed = 0
    for lane, unit in enumerate(units):
        packed |= (unit + OFFSET) << (lane * LANE_BITS)
    return packed


class LinearModel:
    def __init__(self, header: dict, lines) -> None:
        """header: the artefact's first line; lines: the rest ("feature\tw1 w2 ...\n")."""
        self.version: str = header["version"]
        self.labels: tuple[str, ...] = tuple(header["labels"])
        if header.get("scale") != SCALE:
            raise ValueError(f"{ARTEFACT}: scale must be {SCALE}")
        width = len(self.labels)
        self._bias = pack(checked(list(header["bias"]), width, "the bias"))
        self._packed: dict[str, int] = {}
        shared: dict[int, int] = {}  # equal rows share one int (~40% of the rows repeat another)
        for number, line in enumerate(lines, start=2):
            feature, tab, weights = line.rstrip("\n").partition("\t")
            if not tab:
                raise ValueError(f"{ARTEFACT}:{number}: no tab")
            try:
                units = [int(w) for w in weights.split(" ")]
            except ValueError:
                raise ValueError(f"{ARTEFACT}:{number}: weights must be integers") from None
            packed = pack(checked(units, width, f"line {number}"))
            self._packed[feature] = shared.setdefault(packed, packed)
        self._shifts = tuple(lane * LANE_BITS for lane in range(width))

    def unit_scores(self, feats: list[str]) -> list[int]:
        """Each label's score in milli-units: the exact sum of the bias and the features' weights."""
        # Only known features are added (every packed int is > 0, so filter(None) drops just the misses):
        # an unknown one would add OFFSET to every lane and the offset below take it away again.
        known = list(filter(None, map(self._packed.get, feats)))
        total = sum(known, self._bias)
        offset = (len(known) + 1) * OFFSET
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
        return LinearModel(json.loads(fh.readline()), fh)
