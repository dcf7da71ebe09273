"""The task classifier's outputs are pinned: making it faster must not change
them. FINGERPRINTS are sha256 digests of every feature list and every (label,
confidence as float.hex()) on the labelled sets and on a generated corpus (the
bench's 100/1k/4k-token prompts plus seeded mixes with fences, other scripts,
math symbols, lone surrogates and long bodies), computed with the classifier as
it was before the speed-up (integrate at 9c49b2f, model tl-c37a53d157a3). A
digest covers bit-identical floats, so one changed score fails it.

Retraining changes them on purpose: rerun `fingerprint()` for the new model and
say so in the commit. The rewritten pieces of features.py are also checked
against the regular expressions they replaced, on inputs made to be awkward.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

import pytest

from gammainfra_gateway.classify import MODEL_VERSION, classify
from gammainfra_gateway.classify.features import _TOKEN, _TOKEN_ASCII, _shape, features, split_messages, \
    strip_fences

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data" / "task_labels"
PINNED_MODEL = "tl-c37a53d157a3"
FINGERPRINTS = {
    "train": "e19fcdac5d15949d1f1ed45d535ec810cc67d1e1202af646e5d7b59c288ca937",
    "holdout": "e61e9152e8888c261fe1b05da4c005906ec5d22a0fb8024d7db196c957ae4ae9",
    "dev": "de2171688c176bf1f52c532e32171105e648c5d5e1d533b4906f808eebfba6ba",
    "dev_handwritten": "db5929b020a42b6a41ef37c2702111ed80f04150c73d155db00bdf03d87afa40",
    "natural_holdout": "27c55e26f9e2c73ba319de7402dcdc61f38d9d45fead114b69401d25a61ee604",
    "generated": "a8ac645891a5d6c25132f233c279295d3d05733975ecbc8ec37009f82fb85daf",
}


def load(name: str) -> list[list[dict]]:
    with open(DATA / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line)["messages"] for line in f if line.strip()]


def generated() -> list[list[dict]]:
    """Prompts the labelled sets lack: long bodies (both cut paths of features.py), fences anywhere,
    unclosed or doubled fences, non-ASCII text, math symbols, a lone surrogate."""
    if str(ROOT / "bench") not in sys.path:
        sys.path.insert(0, str(ROOT / "bench"))
    from classifier import CODE_BLOCK, PARAGRAPHS, make_prompt  # the bench's own prompts

    rng = random.Random(18)
    short = [split_messages(m)[0] for m in load("holdout") + load("natural_holdout")]
    pieces = [CODE_BLOCK, *PARAGRAPHS, "```", "````", "```js\n", "√x ∫ ∑ π = 3", "123 4.5e6 ²",
              "Переведи на английский", "请总结这段文字", "こんにちは", "한국어", "\ud800", "x" * 1_700, "\n" * 30]
    prompts = [make_prompt(tokens) for tokens in (10, 100, 700, 740, 760, 1000, 2000, 4000, 20000)]
    for _ in range(1_500):
        text = "".join(rng.choice(pieces + [rng.choice(short)]) + rng.choice(("", " ", "\n", "```"))
                       for _ in range(rng.randint(1, 14)))
        system = [{"role": "system", "content": rng.choice(short)}] if rng.random() < 0.3 else []
        prompts.append(system + [{"role": "user", "content": text}])
    return prompts


def fingerprint(prompts: list[list[dict]]) -> str:
    digest = hashlib.sha256()
    for messages in prompts:
        user, system, turns = split_messages(messages)
        feats = features(user, system, turns) if user else []
        result = classify(messages)
        digest.update("\x1f".join(feats).encode("utf-8", "surrogatepass") + b"\x1e")
        digest.update(f"{result.label} {float(result.confidence).hex()}\x1d".encode())
    return digest.hexdigest()


@pytest.mark.parametrize("name", sorted(FINGERPRINTS))
def test_features_labels_and_confidences_are_unchanged(name: str) -> None:
    assert MODEL_VERSION == PINNED_MODEL, "a new model: recompute FINGERPRINTS (see module doc)"
    prompts = generated() if name == "generated" else load(name)
    assert fingerprint(prompts) == FINGERPRINTS[name]


FENCED = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)  # what strip_fences replaced


def awkward_texts() -> list[str]:
    rng = random.Random(7)
    alphabet = ["`", "``", "```", "````", "a", " ", "\n", "é", "п", "中", "{", "=", "+", "√", "π", "\ud800", "7", "²"]
    texts = ["", "```", "``````", "```a```b```", "a```", "```\n", "x" * 50]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(5_000)]
    return texts


def test_strip_fences_is_the_regex_it_replaced() -> None:
    for text in awkward_texts():
        assert strip_fences(text) == FENCED.sub(" ``` ", text), repr(text)


def test_ascii_tokens_are_the_unicode_tokens_of_ascii_text() -> None:
    rng = random.Random(11)
    texts = [t for t in awkward_texts() if t.isascii()] + ["".join(map(chr, range(128))) * 3]
    texts += ["".join(chr(rng.randrange(128)) for _ in range(rng.randint(0, 80))) for _ in range(3_000)]
    for text in texts:
        assert _TOKEN_ASCII.findall(text) == _TOKEN.findall(text), repr(text)


def test_shape_counts_are_the_per_symbol_counts() -> None:
    bucket, digit = int.bit_length, re.compile(r"\d")
    for text in awkward_texts() + ["1" * 500 + "=" * 9, "٣" * 10 + "9" * 5]:
        expected = [f"codesym:{bucket(sum(text.count(c) for c in '{};()=<>'))}",
                    f"mathsym:{bucket(sum(text.count(c) for c in '+*/^=√∫∑π'))}",
                    f"digits:{bucket(len(digit.findall(text[:400])))}",
                    f"lines:{bucket(text.count(chr(10)))}"]
        assert _shape(text) == expected, repr(text)
