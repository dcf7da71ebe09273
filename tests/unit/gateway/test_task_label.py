"""The in-process task-label classifier: clear cases per label, input shapes,
determinism, bounded input, confidence and its threshold, the shipped artefact,
and accuracy on the labelled sets in tests/data/task_labels/ (train: in the
model's training corpus; holdout: never trained on; dev and dev_handwritten:
the training script's own held-back split, written by it, never trained on;
natural_holdout: every 5th prompt of the hand-written natural corpus
scripts/task_classifier/natural/, never trained on)."""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import pytest

import hashlib

from gammainfra_gateway.classify import LABELS, MODEL_VERSION, Classification, classify, classify_task
from gammainfra_gateway.classify.features import MAX_TOKENS, features, split_messages
from gammainfra_gateway.classify.model import ARTEFACT

DATA = Path(__file__).resolve().parents[2] / "data" / "task_labels"
SCHEMA_LABELS = {"code", "chat", "math", "reasoning", "creative", "extraction", "translation",
                 "summarization", "other"}


def user(text, system: str | None = None) -> list[dict]:
    return ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": text}]


@pytest.mark.parametrize("label, text", [
    ("code", "```python\nprint(1/0)\n```\nZeroDivisionError: division by zero"),
    ("code", "How do I read a file line by line in Rust?"),
    ("chat", "hello! how are you today?"),
    ("chat", "What's a good restaurant for a date night?"),
    ("math", "Solve 2x + 3 = 11"),
    ("math", "What is the derivative of x^3?"),
    ("reasoning", "Explain why the seasons change."),
    ("reasoning", "What would happen if the internet went down for a week?"),
    ("creative", "Write a poem about the sea."),
    ("creative", "Give me three slogans for a bakery."),
    ("extraction", "Extract every email address from this text: a@b.com, c@d.org"),
    ("extraction", "Parse this into JSON: Anna, 31, Oslo"),
    ("translation", "Translate 'good night' into Spanish."),
    ("translation", "Переведи на английский: добрый вечер"),
    ("summarization", "Summarize this: the launch slipped a week because QA found two blockers."),
    ("summarization", "tl;dr: the meeting moved to Friday and the budget was approved."),
])
def test_clear_cases(label: str, text: str) -> None:
    assert classify_task(user(text)) == label


def test_primary_intent_wins_over_the_body_it_applies_to() -> None:
    code = "```python\ndef load(path):\n    return json.load(open(path))\n```"
    assert classify_task(user("Summarize what this does:\n" + code)) == "summarization"
    assert classify_task(user("Translate to English: Je ne comprends pas ce code.")) == "translation"


def test_reads_the_last_user_message_and_the_system_prompt_weakly() -> None:
    messages = [{"role": "user", "content": "Write a poem about rain."},
                {"role": "assistant", "content": "Rain falls..."},
                {"role": "user", "content": "Now solve 3x - 5 = 10"}]
    assert classify_task(messages) == "math"
    translator = "You are a translator. Translate everything the user writes into German."
    assert classify_task(user("The train leaves at noon.", system=translator)) == "translation"
    assert classify_task(user("The train leaves at noon.")) == "chat"


def test_content_parts_form() -> None:
    parts = [{"type": "text", "text": "Translate into French:"},
             {"type": "image_url", "image_url": {"url": "https://example.com/x.png"}},
             {"type": "text", "text": "Where is the museum?"}]
    assert classify_task(user(parts)) == "translation"


@pytest.mark.parametrize("messages", [
    [], [{"role": "user", "content": ""}], [{"role": "user", "content": "  \n"}],
    [{"role": "user", "content": None}], [{"role": "user", "content": []}],
    [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://e.x/a.png"}}]}],
    [{"role": "system", "content": "Be concise."}],
])
def test_no_user_text_is_other(messages: list[dict]) -> None:
    assert classify_task(messages) == "other"


def test_deterministic_and_within_the_schema_enum() -> None:
    assert set(LABELS) == SCHEMA_LABELS
    rows = load("train")
    first = [classify_task(r["messages"]) for r in rows]
    assert first == [classify_task(r["messages"]) for r in rows]
    assert set(first) <= SCHEMA_LABELS


def test_long_input_is_bounded_and_still_classified() -> None:
    body = "The committee met and discussed the budget for next year in detail. " * 20_000  # ~1.4 MB
    assert classify_task(user("Summarize these minutes:\n" + body)) == "summarization"


def load(name: str) -> list[dict]:
    with open(DATA / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_dataset_shape() -> None:
    train, holdout = load("train"), load("holdout")
    counts = Counter(r["label"] for r in train + holdout)
    assert len(train) + len(holdout) >= 330
    assert all(counts[label] >= 35 for label in SCHEMA_LABELS - {"other"}), counts
    assert set(counts) <= SCHEMA_LABELS


def per_label_table(rows: list[dict]) -> tuple[float, str]:
    total, right = Counter(), Counter()
    misses = []
    for row in rows:
        got = classify_task(row["messages"])
        total[row["label"]] += 1
        right[row["label"]] += got == row["label"]
        if got != row["label"]:
            misses.append(f"  {row['label']} -> {got}: {json.dumps(row['messages'], ensure_ascii=False)[:120]}")
    table = "\n".join(f"{label:>13}: {right[label]}/{total[label]}" for label in LABELS if total[label])
    return sum(right.values()) / len(rows), table + "\n" + "\n".join(misses)


# Floors a little under the shipped model (tl-3c1aff08ad18, session 12: dev_handwritten 0.818, natural_holdout 0.938
# over
# 1,438 rows; tl-7d091627d0d9 before it: train 0.987, holdout 0.97, dev 0.9955, dev_handwritten 0.864, natural_holdout
# 0.928), so a retrain that loses ground on a set fails here.
@pytest.mark.parametrize("name, floor", [("train", 0.95), ("holdout", 0.93), ("dev", 0.98), ("dev_handwritten", 0.75),
                                         ("natural_holdout", 0.91)])
def test_accuracy_floor(name: str, floor: float) -> None:
    accuracy, table = per_label_table(load(name))
    assert accuracy >= floor, f"{name} accuracy {accuracy:.3f}\n{table}"


def test_dev_split_is_not_in_the_training_rows() -> None:
    # The training script splits deduplicated rows; the project's hold-out is no training row either.
    dev = {json.dumps(r, sort_keys=True) for r in load("dev")}
    assert len(dev) >= 1000
    assert not {json.dumps(r, sort_keys=True) for r in load("holdout")} & dev


def test_natural_holdout_is_every_fifth_prompt_and_never_a_training_row() -> None:
    held = load("natural_holdout")
    assert len(held) >= 400
    counts = Counter(r["label"] for r in held)
    assert set(counts) == SCHEMA_LABELS - {"other"} and min(counts.values()) >= 40, counts
    corpus = _natural_corpus()
    train, expected_held = corpus.natural_rows()
    assert held == expected_held  # the committed file follows the fixed every-5th rule
    assert not {json.dumps(r, sort_keys=True) for r in held} & {json.dumps(r, sort_keys=True) for r in train}


def test_natural_corpus_shape() -> None:
    """Broad on purpose: >= 250 prompts a label, many in other scripts, multi-turn chats with a system prompt."""
    corpus = _natural_corpus()
    entries = {label: corpus.entries(label) for label in corpus.LABELS}
    assert all(len(rows) >= 250 for rows in entries.values()), {k: len(v) for k, v in entries.items()}
    every = [e for rows in entries.values() for e in rows]
    assert len(every) >= 2000 and len({json.dumps(e) for e in every}) == len(every)  # no duplicate prompt
    assert sum(not json.dumps(e, ensure_ascii=False).isascii() for e in every) >= 0.25 * len(every)
    assert sum(isinstance(e, tuple) and e[0] is not None for e in every) >= 80


def _natural_corpus():
    import importlib
    import sys
    root = str(Path(__file__).resolve().parents[3])
    if root not in sys.path:
        sys.path.insert(0, root)  # scripts/ is not an installed package
    return importlib.import_module("scripts.task_classifier.natural")


def test_confidence_is_a_probability_and_the_threshold_makes_other() -> None:
    sure = classify(user("Translate 'good night' into Spanish."))
    assert sure.label == "translation" and 0.5 < sure.confidence <= 1.0
    vague = classify(user("hmm"))
    assert 0.0 < vague.confidence < 1.0
    assert Classification("math", 0.29).decided(0.3) == "other"
    assert Classification("math", 0.3).decided(0.3) == "math"
    assert classify_task(user("Translate 'good night' into Spanish."), min_confidence=1.0) == "other"
    assert classify_task(user("Translate 'good night' into Spanish."), min_confidence=0.0) == "translation"


def test_no_user_text_is_other_with_full_confidence() -> None:
    assert classify([{"role": "system", "content": "Be brief."}]) == Classification("other", 1.0)


def test_features_are_bounded_whatever_the_length() -> None:
    long = "word " * 200_000 + "```python\n" + "x = 1\n" * 50_000
    feats = features(*split_messages(user(long, system="s " * 10_000)))
    words = [f for f in feats if f.startswith("w:")]
    assert len(words) <= MAX_TOKENS and len(feats) < 1_000


def test_shipped_artefact_version_is_the_hash_of_its_weights() -> None:
    header_line, _, lines = ARTEFACT.read_text(encoding="utf-8").partition("\n")
    data = json.loads(header_line)
    body = json.dumps({k: data[k] for k in ("labels", "bias", "scale")}, sort_keys=True) + "\n" + lines
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    assert MODEL_VERSION == data["version"] == f"tl-{digest[:12]}"
    assert tuple(data["labels"]) == tuple(label for label in LABELS if label != "other")
    features_ = [line.split("\t", 1)[0] for line in lines.splitlines()]
    assert features_ == sorted(set(features_))  # one line a feature, sorted: the hash is of one canonical text


@pytest.mark.parametrize("body, why", [
    ('{"version": "v", "labels": ["a", "b"], "bias": [1, 2], "scale": 1000}\nw:x\t1\n', "must have 2 weights"),
    ('{"version": "v", "labels": ["a", "b"], "bias": [1, 2], "scale": 1000}\nw:x 1 2\n', "no tab"),
    ('{"version": "v", "labels": ["a", "b"], "bias": [1, 2], "scale": 1000}\nw:x\t1 0.5\n', "integers"),
    ('{"version": "v", "labels": ["a", "b"], "bias": [1, 2], "scale": 1000}\nw:x\t1 99999999\n', "outside"),
    ('{"version": "v", "labels": ["a", "b"], "bias": [1], "scale": 1000}\n', "must have 2 weights"),
    ('{"version": "v", "labels": ["a", "b"], "bias": [1, 2], "scale": 100}\n', "scale"),
])
def test_a_malformed_artefact_refuses_to_load(tmp_path: Path, body: str, why: str) -> None:
    from gammainfra_gateway.classify.model import load_model
    path = tmp_path / "model.tsv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=why):
        load_model(path)


def test_a_small_artefact_scores_exactly() -> None:
    from gammainfra_gateway.classify.model import LinearModel
    model = LinearModel({"version": "v", "labels": ["a", "b", "c"], "bias": [-5, 0, 5], "scale": 1000},
                        ["w:x\t1000 -250 0\n", "w:y\t-1048000 1048000 3\n"])
    assert model.unit_scores(["w:x", "w:x", "zz"]) == [1995, -500, 5]
    assert model.unit_scores(["w:y"] * 1000) == [-1048000005, 1048000000, 3005]  # lanes stay apart
    label, confidence = model.predict(["w:x"])
    assert label == "a"
    scores = [0.995, -0.25, 0.005]
    assert confidence == pytest.approx(1 / sum(math.exp(s - 0.995) for s in scores), rel=1e-12)
