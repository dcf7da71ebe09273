"""Grouped CV of candidate feature / weighting variants of the task-label model (issue 18 item 1, session 10;
the numbers and the decision are in SHIPPING_RULE.md, "Model change (session 10)").

    PYTHONPATH=services/gateway .venv/bin/python scripts/task_classifier/variant_cv.py VARIANT[+VARIANT...]

An experiment harness, not the trainer: it swaps grouped_cv's featurise / features / split_messages (and, for
"bal", train) for the variant's and runs grouped_cv.main() unchanged, so the folds, corpus and scoring are the
baseline's. The shipped features stay in gammainfra_gateway/classify/features.py; a variant that ships is
written there. Each variant ADDS features to the current ones:
  sent   words of the final ask's first sentence ("fs:") and last sentence ("ls:"), or "ls:=fs" for one sentence
  sent2  the same, only when the ask has more than one sentence (no marker)
  ls     only the last-sentence words (and the one-sentence marker)
  sentb  bigrams of the last sentence ("lsb:")
  nsent  the number of sentences of the ask, 1..4+
  x      the ask's first three words and last word crossed with the context (system prompt / earlier turns)
  prev   the previous user turn's first 30 words, namespaced ("q:")
  bal    class-balanced sample weights (each label the same total weight)
Sentences are cut at . ! ? 。 ！ ？ and newlines in the same instruction text features() reads.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import train_task_classifier as ttc  # noqa: E402
from scripts.task_classifier import grouped_cv  # noqa: E402
from gammainfra_gateway.classify import features as F  # noqa: E402

SENTENCE = re.compile(r"[.!?。！？\n]+")


def split4(messages):
    """(last user, system, earlier user turns, previous user text)."""
    user, system, turns = F.split_messages(messages)
    users = [F.text_of(m.get("content")) for m in messages or () if isinstance(m, dict) and m.get("role") == "user"]
    prev = users[-2] if len(users) >= 2 else ""
    return user, system, turns, prev


def instruction_of(user: str) -> str:
    # Stripping fences from text without one changes nothing, so "fenced" is always asked for here.
    return F.instruction_text(user, True)


def words_of(text: str) -> list[str]:
    return ["0" if t.isdigit() else t for t in F._TOKEN.findall(text.lower())]


def make(variant: set[str]):
    def feats(user, system, turns, prev=""):
        out = F.features(user, system, turns)
        if "sent" in variant:
            pieces = [p for p in SENTENCE.split(instruction_of(user)) if p.strip()]
            if pieces:
                out += ["fs:" + w for w in words_of(pieces[0])[:12]]
                if len(pieces) > 1:
                    out += ["ls:" + w for w in words_of(pieces[-1])[:12]]
                else:
                    out.append("ls:=fs")
        if "nsent" in variant:  # how many sentences the ask has (bucketed)
            pieces = [p for p in SENTENCE.split(instruction_of(user)) if p.strip()]
            out.append(f"nsent:{min(len(pieces), 4)}")
        if "sent2" in variant:  # only when the ask has more than one sentence
            pieces = [p for p in SENTENCE.split(instruction_of(user)) if p.strip()]
            if len(pieces) > 1:
                out += ["fs:" + w for w in words_of(pieces[0])[:12]]
                out += ["ls:" + w for w in words_of(pieces[-1])[:12]]
        if "ls" in variant or "sentb" in variant:
            pieces = [p for p in SENTENCE.split(instruction_of(user)) if p.strip()]
            if len(pieces) > 1:
                last = words_of(pieces[-1])[:12]
                if "ls" in variant:
                    out += ["ls:" + w for w in last]
                if "sentb" in variant:
                    out += [f"lsb:{a} {b}" for a, b in zip(last, last[1:])]
            elif "ls" in variant:
                out.append("ls:=fs")
        if "x" in variant:
            ctx = ("s" if system else "") + ("t" if turns else "")
            if ctx:
                ws = words_of(instruction_of(user))
                out += [f"x{ctx}{i}:{w}" for i, w in enumerate(ws[:3])]
                if ws:
                    out.append(f"x{ctx}e:{ws[-1]}")
        if "prev" in variant and prev:
            out += ["q:" + w for w in words_of(prev[:300])[:30]]
        return out
    return feats


def balanced(train):
    def wrapped(feats, labels, sample_weights, epochs, l2, lr=0.05):
        per = Counter()
        for lab, w in zip(labels, sample_weights):
            per[lab] += w
        target = sum(per.values()) / len(per)
        sw = np.array([w * target / per[lab] for lab, w in zip(labels, sample_weights)])
        return train(feats, labels, sw, epochs, l2, lr)
    return wrapped


def main() -> None:
    variant = set(sys.argv.pop(1).split("+"))
    feats = make(variant)
    grouped_cv.featurise = lambda rows: [feats(*split4(r["messages"])) for r in rows]
    grouped_cv.split_messages = split4
    grouped_cv.features = feats
    if "bal" in variant:
        grouped_cv.train = balanced(ttc.train)
    print("variant", sorted(variant), file=sys.stderr)
    grouped_cv.main()


if __name__ == "__main__":
    main()
