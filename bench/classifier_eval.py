"""Accuracy and latency of the task-label classifier on one labelled set.

    python bench/classifier_eval.py --data PATH.jsonl [--json OUT] [--md OUT] [--runs N]

PATH: one {"label", "messages"} object per line. Prints accuracy per label
(recall), overall, the confusion matrix (rows = wanted, columns = got), and
p50/p99 latency of classify_task on a ~4k-token request; --json writes all of
it, --md writes the table as Markdown. The label scored is the routed one
(below the confidence threshold that is `other`). No infrastructure needed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from classifier import latency as timed  # noqa: E402  (the timing loop of bench/classifier.py)
from classifier import make_prompt  # noqa: E402  (its ~4k-token request)

from gammainfra_gateway.classify import LABELS, MODEL_VERSION, classify_task  # noqa: E402


def evaluate(rows: list[dict]) -> dict:
    pairs = [(row["label"], classify_task(row["messages"])) for row in rows]
    want = Counter(w for w, _ in pairs)
    right = Counter(w for w, g in pairs if w == g)
    matrix = {w: {g: sum(1 for a, b in pairs if a == w and b == g) for g in LABELS} for w in LABELS if want[w]}
    return {"n": len(pairs), "overall": round(sum(right.values()) / len(pairs), 4),
            "per_label": {lab: {"n": want[lab], "accuracy": round(right[lab] / want[lab], 4)}
                          for lab in LABELS if want[lab]},
            "confusion": matrix}


def latency(runs: int) -> dict:
    return {"tokens": 4000, **timed(make_prompt(4000), runs)}


def markdown(name: str, res: dict) -> str:
    cols = [lab for lab in LABELS if any(row[lab] for row in res["confusion"].values())]
    lines = [f"## {name}: {res['overall']:.3f} overall ({res['n']} prompts, model {res['model_version']})", "",
             "| label | n | accuracy |", "|---|--:|--:|"]
    lines += [f"| {lab} | {m['n']} | {m['accuracy']:.3f} |" for lab, m in res["per_label"].items()]
    lines += ["", "Confusion (rows: wanted, columns: got)", "",
              "| wanted \\ got | " + " | ".join(cols) + " |", "|---|" + "--:|" * len(cols)]
    lines += [f"| {w} | " + " | ".join(str(row[c]) for c in cols) + " |" for w, row in res["confusion"].items()]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--md", type=Path)
    parser.add_argument("--runs", type=int, default=5000)
    args = parser.parse_args()
    with args.data.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    res = {"data": str(args.data), "model_version": MODEL_VERSION, **evaluate(rows), "latency": latency(args.runs)}
    print(markdown(args.data.name, res))
    lat = res["latency"]
    print(f"latency at {lat['tokens']} tokens ({lat['chars']} chars): p50 {lat['p50_ms']:.3f} ms, "
          f"p99 {lat['p99_ms']:.3f} ms over {lat['runs']} calls (CPU time p50 {lat['cpu_p50_ms']:.3f}, "
          f"p99 {lat['cpu_p99_ms']:.3f} ms)")
    if args.json:
        args.json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    if args.md:
        args.md.write_text(markdown(args.data.name, res), encoding="utf-8")


if __name__ == "__main__":
    main()
