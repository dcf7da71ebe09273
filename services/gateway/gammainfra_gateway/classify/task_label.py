"""Task label of a chat request: code, chat, math, reasoning, creative,
extraction, translation, summarization, or other.

What it reads: the last user message (string content, or the text parts of a
content list), the system prompt weakly, and how many user turns came before;
see features.py for the bounds. The label comes from the trained linear model
(model.py, artefact task_model.tsv) with its softmax confidence.

Guarantees:
- pure and deterministic: no I/O, no network; only the label leaves the process
  (the confidence stays inside: it decides the label, it is not reported);
- bounded time whatever the prompt length (features.py);
- total: never raises on OpenAI-shaped input. "other" when there is no user text
  (confidence 1.0), or when the model's confidence is below the threshold: an
  unsure label would route to a specialist for the wrong task, while "other"
  routes to the policy's general-purpose candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

from .features import features, split_messages
from .model import load_model

LABELS = ("translation", "summarization", "extraction", "creative", "math",
          "code", "reasoning", "chat", "other")
DEFAULT_MIN_CONFIDENCE = 0.3  # gateway setting GI_GATEWAY_CLASSIFIER_MIN_CONFIDENCE
MODEL = load_model()
MODEL_VERSION = MODEL.version


@dataclass(frozen=True)
class Classification:
    label: str        # the model's best label ("other" only without user text)
    confidence: float  # its softmax probability, 0..1

    def decided(self, min_confidence: float) -> str:
        """The label to route on: `other` when the model is not sure enough."""
        return self.label if self.confidence >= min_confidence else "other"


def classify(messages: list[dict]) -> Classification:
    user, system, turns = split_messages(messages)
    if not user:
        return Classification("other", 1.0)
    label, confidence = MODEL.predict(features(user, system, turns))
    return Classification(label, confidence)


def classify_task(messages: list[dict], min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> str:
    """The label to route on and to report (see module doc)."""
    return classify(messages).decided(min_confidence)
