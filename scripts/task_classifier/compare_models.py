"""Compare the OUTPUTS of two task-label scorers on labelled sets, counts only.

    .venv/bin/python scripts/task_classifier/compare_models.py --old-model-py FILE [--old-artefact JSON] SET.jsonl...

The old scorer is model.py as it was (e.g. `git show integrate:services/gateway/gammainfra_gateway/classify/model.py
> /tmp/old_model.py`), loaded with the shipped artefact unless --old-artefact names another (a model.py of the
numpy era needs its JSON artefact: `git show integrate:.../classify/task_model.json > /tmp/old.json`). The new one is the
installed package. Features are computed once by the installed features.py. Prints, per set, the number of rows,
how many best labels differ, how many routed labels (confidence threshold 0.3) differ, and the largest confidence
difference. Never prints a prompt: the hold-out sets may be compared without anyone reading them.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

from gammainfra_gateway.classify import DEFAULT_MIN_CONFIDENCE
from gammainfra_gateway.classify.features import features, split_messages
from gammainfra_gateway.classify.model import ARTEFACT, load_model


def old_scorer(model_py: Path, artefact: Path):
    spec = importlib.util.spec_from_file_location("old_task_model", model_py)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.load_model(artefact)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--old-model-py", type=Path, required=True)
    parser.add_argument("--old-artefact", type=Path, default=ARTEFACT)
    parser.add_argument("sets", nargs="+", type=Path)
    args = parser.parse_args()
    old, new = old_scorer(args.old_model_py, args.old_artefact), load_model()
    for path in args.sets:
        with path.open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        best = routed = 0
        worst = 0.0
        for row in rows:
            user, system, turns = split_messages(row["messages"])
            if not user:
                continue
            feats = features(user, system, turns)
            (a, pa), (b, pb) = old.predict(feats), new.predict(feats)
            best += a != b
            routed += (a if pa >= DEFAULT_MIN_CONFIDENCE else "other") != (b if pb >= DEFAULT_MIN_CONFIDENCE else "other")
            worst = max(worst, abs(pa - pb))
        print(f"{path.name}: {len(rows)} rows, best label differs {best}, routed label differs {routed}, "
              f"max |confidence difference| {worst:.3g}")


if __name__ == "__main__":
    main()
