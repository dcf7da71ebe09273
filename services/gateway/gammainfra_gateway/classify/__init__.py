"""Task-label classification of a prompt, in process: only the label leaves."""

from .task_label import LABELS, classify_task

__all__ = ["LABELS", "classify_task"]
