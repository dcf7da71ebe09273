"""Task-label classification of a prompt, in process: only the label leaves."""

from .task_label import (DEFAULT_MIN_CONFIDENCE, LABELS, MODEL_VERSION, Classification, classify,
                         classify_task)

__all__ = ["DEFAULT_MIN_CONFIDENCE", "LABELS", "MODEL_VERSION", "Classification", "classify", "classify_task"]
